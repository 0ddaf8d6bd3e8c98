package jp.medsec.lms.activity.video;

import jp.medsec.lms.activity.video.WatchedIntervals.Interval;
import jp.medsec.lms.activity.video.WatchedIntervals.Report;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchedIntervalsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T05:00:00Z");
    private static final double TEN_MINUTES = 600;

    /** Reports as an honest player sends them: every {@code step} seconds of video, at {@code rate}x. */
    private static List<Report> playing(double from, double to, double step, double rate, Instant start) {
        List<Report> reports = new ArrayList<>();
        double at = from;
        while (at < to) {
            double next = Math.min(to, at + step);
            long elapsedMillis = (long) ((next - from) / rate * 1000);
            reports.add(new Report(start.plusMillis(elapsedMillis), at, next));
            at = next;
        }
        return reports;
    }

    @Test
    void skippingAheadDoesNotCountTheSkippedPart() {
        var watched = WatchedIntervals.none(TEN_MINUTES).plus(0, 60).plus(500, 560);
        assertEquals(120, watched.watchedSeconds());
        assertEquals(20, watched.percent());
        assertEquals(60, watched.contiguousFromStart(), "the learner has seen the first minute without a gap");
        assertEquals(List.of(new Interval(0, 60), new Interval(500, 560)), watched.intervals());
    }

    @Test
    void replayingAPartCountsItOnce() {
        var watched = WatchedIntervals.none(TEN_MINUTES).plus(0, 60).plus(30, 90).plus(0, 90).plus(10, 20);
        assertEquals(90, watched.watchedSeconds());
        assertEquals(List.of(new Interval(0, 90)), watched.intervals());
    }

    @Test
    void touchingStretchesBecomeOneAndABridgingStretchJoinsSeveral() {
        var touching = WatchedIntervals.none(TEN_MINUTES).plus(0, 10).plus(10, 20);
        assertEquals(List.of(new Interval(0, 20)), touching.intervals());
        assertEquals(20, touching.contiguousFromStart());
        var bridged = WatchedIntervals.none(TEN_MINUTES).plus(100, 110).plus(130, 140).plus(160, 170).plus(105, 165);
        assertEquals(List.of(new Interval(100, 170)), bridged.intervals());
        assertEquals(0, bridged.contiguousFromStart(), "nothing watched from the very start");
    }

    @Test
    void impossibleStretchesAreIgnoredAndAFinalPositionJustPastTheEndIsClamped() {
        var none = WatchedIntervals.none(TEN_MINUTES);
        var watched = none.plus(-5, 10).plus(20, 20).plus(40, 30).plus(Double.NaN, 10).plus(0, Double.POSITIVE_INFINITY)
                .plus(550, 700).plus(601.5, 602);
        assertEquals(List.of(), watched.intervals());
        var atTheEnd = none.plus(590, 600.4);
        assertEquals(List.of(new Interval(590, 600)), atTheEnd.intervals());
        assertThrows(IllegalArgumentException.class, () -> WatchedIntervals.none(0));
        assertThrows(IllegalArgumentException.class, () -> WatchedIntervals.none(Double.NaN));
    }

    @Test
    void anHonestPlayerAtNormalOrDoubleSpeedGetsEverySecond() {
        assertEquals(100, WatchedIntervals.fromReports(TEN_MINUTES, playing(0, 600, 10, 1.0, T0)).percent());
        assertEquals(100, WatchedIntervals.fromReports(TEN_MINUTES, playing(0, 600, 20, 2.0, T0)).percent());
    }

    @Test
    void aBackgroundTabReportingOnceAMinuteAtDoubleSpeedIsNotClipped() {
        // Browsers run a hidden tab's timers once a minute: 120 s of video per report at 2x.
        assertEquals(100, WatchedIntervals.fromReports(TEN_MINUTES, playing(0, 600, 120, 2.0, T0)).percent());
    }

    @Test
    void claimingTheWholeVideoInOneReportCreditsOnlyTheBurst() {
        var watched = WatchedIntervals.fromReports(TEN_MINUTES, List.of(new Report(T0, 0, 600)));
        assertEquals(WatchedIntervals.BURST_SECONDS, watched.watchedSeconds());
        assertEquals(List.of(new Interval(0, 120)), watched.intervals(), "the first part of the claim is credited");
    }

    @Test
    void waitingAnHourBeforeClaimingTheWholeVideoStillCreditsOnlyTheBurst() {
        var watched = WatchedIntervals.fromReports(TEN_MINUTES,
                List.of(new Report(T0, 0, 1), new Report(T0.plusSeconds(3600), 1, 600)));
        assertEquals(1 + WatchedIntervals.BURST_SECONDS, watched.watchedSeconds());
    }

    @Test
    void manyRapidReportsAreBoundByTwiceTheServerTimeBetweenThem() {
        // A script sends 100 reports one second apart, each claiming the next 10 s: 1000 s claimed in 99 s.
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            reports.add(new Report(T0.plusSeconds(i), i * 10.0, i * 10.0 + 10));
        }
        var watched = WatchedIntervals.fromReports(1000, reports);
        assertEquals(WatchedIntervals.BURST_SECONDS + WatchedIntervals.MAX_PLAYBACK_RATE * 99, watched.watchedSeconds(), 1e-9);
    }

    @Test
    void reportsThatReplayWatchedPartsDoNotAddTime() {
        List<Report> reports = new ArrayList<>(playing(0, 300, 10, 1.0, T0));
        reports.addAll(playing(0, 300, 10, 1.0, T0.plusSeconds(1000)));
        assertEquals(50, WatchedIntervals.fromReports(TEN_MINUTES, reports).percent());
    }

    @Test
    void theLearnerResumesWhereTheyLastWere() {
        var reports = new ArrayList<>(playing(0, 250, 10, 1.0, T0));
        assertEquals(250, WatchedIntervals.fromReports(TEN_MINUTES, reports).resumePosition());
        // A seek without playing: the player reports no stretch, only where it now is.
        reports.add(new Report(T0.plusSeconds(300), 250, 250, 400.0));
        var afterSeek = WatchedIntervals.fromReports(TEN_MINUTES, reports);
        assertEquals(400, afterSeek.resumePosition());
        assertEquals(250, afterSeek.watchedSeconds(), "seeking credits nothing");
        assertEquals(0, WatchedIntervals.fromReports(TEN_MINUTES, List.of()).resumePosition());
    }

    @Test
    void aLearnerWhoReachedTheEndStartsAgainFromTheBeginning() {
        var finished = WatchedIntervals.fromReports(TEN_MINUTES, playing(0, 598, 10, 1.0, T0));
        assertEquals(0, finished.resumePosition());
        assertEquals(99, finished.wholePercent(), "99.67 % is shown as 99, never rounded up to 100");
    }

    @Test
    void addingReturnsANewValueAndLeavesTheOldOneAlone() {
        var before = WatchedIntervals.none(TEN_MINUTES).plus(0, 10);
        var after = before.plus(10, 20);
        assertEquals(10, before.watchedSeconds());
        assertEquals(20, after.watchedSeconds());
        assertTrue(after.toString().contains("600"));
    }
}
