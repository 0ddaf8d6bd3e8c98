package jp.medsec.lms.activity.video;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of a video a learner has actually played, as a union of half-open intervals {@code [start, end)} in
 * seconds. Only time played counts: skipping ahead leaves a gap that counts nothing, and replaying a part counts
 * it once. Immutable.
 *
 * <h2>What the player reports</h2>
 * While playing, the page sends a {@code played} report every few seconds (and on pause, seek and end) with the
 * stretch played since its previous report: {@code from} is where that stretch began, {@code to} where the playhead
 * is now. After a seek the next report starts at the new position, so the skipped part is never claimed. Reports
 * are stamped with the server's clock on arrival ({@link Report#receivedAt()}).
 *
 * <h2>What is ignored</h2>
 * Reports with a NaN or infinite bound, a negative start, an end not after the start, or an end beyond the
 * duration by more than {@link #END_TOLERANCE_SECONDS} (players report a final position a few hundredths past the
 * nominal length, which is clamped to the duration).
 *
 * <h2>Impossible play (the rate rule)</h2>
 * A client cannot be trusted to report only what it played, but the server's clock can bound how much can have
 * been played: nobody plays faster than {@link #MAX_PLAYBACK_RATE} (the player offers at most 2x). Replaying
 * reports in arrival order, each credits at most what a budget allows: the budget starts at
 * {@link #BURST_SECONDS}, grows by {@code MAX_PLAYBACK_RATE} seconds of video per second of server time between
 * reports, never beyond {@code BURST_SECONDS}, and each report spends what it is credited. A report claiming more
 * is clipped to its first part. So over any stretch of time a learner is credited at most
 * {@code BURST_SECONDS + 2 × (server time between the first and last report)}, however the reports are split: a
 * script that claims a whole hour at once gets two minutes, and one that waits an hour before claiming it gets two
 * minutes too, because a single report never carries more than the burst. An honest player (reports every 10 s
 * at 1x or 2x, or once a minute from a throttled background tab at 2x) is never clipped.
 */
public final class WatchedIntervals {

    /** The fastest playback the page offers; a learner cannot be credited faster than this. */
    public static final double MAX_PLAYBACK_RATE = 2.0;
    /**
     * Video seconds one report may carry when the budget is full: a minute at 2x, the longest a browser throttling a
     * background tab's timers (once a minute) can go between reports.
     */
    public static final double BURST_SECONDS = 120.0;
    /** How far past the nominal duration an end may be and still count (clamped to the duration). */
    public static final double END_TOLERANCE_SECONDS = 1.0;
    /** A learner who stopped this close to the end starts again from the beginning next time. */
    public static final double RESTART_NEAR_END_SECONDS = 5.0;

    /** A played stretch {@code [start, end)} in seconds. */
    public record Interval(double start, double end) {

        public Interval {
            if (!(start >= 0 && end > start && Double.isFinite(end))) {
                throw new IllegalArgumentException("Not an interval: [" + start + ", " + end + ")");
            }
        }

        public double length() {
            return end - start;
        }
    }

    /**
     * One {@code played} report as stored: the server's arrival time, the stretch played, and optionally the
     * player's position after it (for example after a seek: a report with {@code from == to} and a position only
     * moves the resume point).
     */
    public record Report(Instant receivedAt, double from, double to, Double position) {

        public Report {
            Objects.requireNonNull(receivedAt, "receivedAt");
        }

        public Report(Instant receivedAt, double from, double to) {
            this(receivedAt, from, to, null);
        }
    }

    private final double duration;
    private final List<Interval> intervals;
    private final double lastPosition;

    private WatchedIntervals(double duration, List<Interval> intervals, double lastPosition) {
        this.duration = duration;
        this.intervals = List.copyOf(intervals);
        this.lastPosition = lastPosition;
    }

    /** Nothing watched yet of a video {@code durationSeconds} long. */
    public static WatchedIntervals none(double durationSeconds) {
        if (!(durationSeconds > 0) || !Double.isFinite(durationSeconds)) {
            throw new IllegalArgumentException("A video's duration must be positive: " + durationSeconds);
        }
        return new WatchedIntervals(durationSeconds, List.of(), 0);
    }

    /**
     * Replays stored reports, oldest first (the order the core keeps events in), applying the rate rule. This is
     * how completion is decided: the same reports always give the same answer.
     */
    public static WatchedIntervals fromReports(double durationSeconds, List<Report> reports) {
        WatchedIntervals empty = none(durationSeconds);
        TreeMap<Double, Double> union = new TreeMap<>();
        double budget = BURST_SECONDS;
        Instant previous = null;
        double position = 0;
        for (Report report : reports) {
            if (previous != null) {
                double elapsed = Math.max(0, Duration.between(previous, report.receivedAt()).toNanos() / 1e9);
                budget = Math.min(BURST_SECONDS, budget + MAX_PLAYBACK_RATE * elapsed);
            }
            previous = report.receivedAt();
            Optional<Interval> valid = empty.valid(report.from(), report.to());
            if (valid.isPresent()) {
                double credited = Math.min(valid.get().length(), budget);
                budget -= credited;
                if (credited > 0) {
                    add(union, valid.get().start(), valid.get().start() + credited);
                }
                position = valid.get().end();
            }
            if (report.position() != null && report.position() >= 0 && report.position() <= durationSeconds) {
                position = report.position();
            }
        }
        return new WatchedIntervals(durationSeconds, toList(union), position);
    }

    /**
     * Adds a played stretch without the rate rule (for callers that have already bounded it); an invalid one is
     * ignored and leaves this unchanged.
     */
    public WatchedIntervals plus(double from, double to) {
        Optional<Interval> valid = valid(from, to);
        if (valid.isEmpty()) {
            return this;
        }
        TreeMap<Double, Double> union = new TreeMap<>();
        intervals.forEach(i -> union.put(i.start(), i.end()));
        add(union, valid.get().start(), valid.get().end());
        return new WatchedIntervals(duration, toList(union), valid.get().end());
    }

    /** The stretch as it will be counted (end clamped to the duration), or empty when it is to be ignored. */
    public Optional<Interval> valid(double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from < 0 || to <= from
                || to > duration + END_TOLERANCE_SECONDS) {
            return Optional.empty();
        }
        double start = from == 0 ? 0.0 : from; // -0.0 would sort before 0.0 and look like a gap
        double end = Math.min(to, duration);
        return end > start ? Optional.of(new Interval(start, end)) : Optional.empty();
    }

    public double durationSeconds() {
        return duration;
    }

    /** The union, sorted, with no two intervals overlapping or touching. */
    public List<Interval> intervals() {
        return intervals;
    }

    /** Seconds of the video played at least once. */
    public double watchedSeconds() {
        return intervals.stream().mapToDouble(Interval::length).sum();
    }

    /** Share of the video played at least once, 0 to 100. */
    public double percent() {
        return Math.min(100, watchedSeconds() * 100 / duration);
    }

    /** The percentage rounded down, for display: a learner at 89.9 % is not told "90 %". */
    public int wholePercent() {
        return (int) Math.floor(percent());
    }

    /** How far the learner has watched without a gap from the beginning. */
    public double contiguousFromStart() {
        return !intervals.isEmpty() && intervals.get(0).start() == 0 ? intervals.get(0).end() : 0;
    }

    /**
     * Where the player should start next time: where the learner last was, or the beginning when they had reached
     * (nearly) the end.
     */
    public double resumePosition() {
        return lastPosition >= duration - RESTART_NEAR_END_SECONDS ? 0 : lastPosition;
    }

    private static void add(TreeMap<Double, Double> union, double start, double end) {
        // Merge with a neighbour that overlaps or touches on the left, then swallow everything it reaches.
        Map.Entry<Double, Double> left = union.floorEntry(start);
        if (left != null && left.getValue() >= start) {
            start = left.getKey();
            end = Math.max(end, left.getValue());
        }
        Map.Entry<Double, Double> next = union.ceilingEntry(start);
        while (next != null && next.getKey() <= end) {
            end = Math.max(end, next.getValue());
            union.remove(next.getKey());
            next = union.ceilingEntry(start);
        }
        union.put(start, end);
    }

    private static List<Interval> toList(TreeMap<Double, Double> union) {
        List<Interval> list = new ArrayList<>(union.size());
        union.forEach((s, e) -> list.add(new Interval(s, e)));
        return list;
    }

    @Override
    public String toString() {
        return "WatchedIntervals" + intervals + " of " + duration + " s";
    }
}
