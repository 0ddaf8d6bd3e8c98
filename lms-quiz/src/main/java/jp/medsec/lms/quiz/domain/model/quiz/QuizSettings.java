package jp.medsec.lms.quiz.domain.model.quiz;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A quiz activity's settings, read from the JSON a trainer writes (every problem reported at once, as
 * {@code field: reason} lines). Absent fields take the defaults a trainer would expect: unlimited attempts,
 * highest grade, pass mark 60 %, questions and choices shuffled, all questions on one page, deferred feedback,
 * and everything shown in review once the attempt is finished.
 *
 * @param draws         where the questions come from: each draw takes {@code count} questions (0: all) at random
 *                      from the bank's questions under a category and/or with a tag
 * @param timeLimit     null: no limit
 * @param grace         how long after the time limit an answer still counts (network delays); default 1 minute
 * @param attempts      0: unlimited
 * @param passPercent   the quiz grade at or above which the quiz counts as passed
 * @param perPage       questions per page, 0: all on one page
 * @param completion    when the activity completes: {@code passed}, or {@code passed-or-attempts-used}
 * @param feedback      {@code deferred}: answers are graded when the attempt is submitted; {@code immediate}: each
 *                      question can be checked during the attempt (graded and locked), showing what
 *                      {@code review.during} allows (by default everything)
 */
public record QuizSettings(List<Draw> draws, Instant opensAt, Instant closesAt, Duration timeLimit, Duration grace,
                           int attempts, GradingMethod grading, double passPercent, boolean shuffleQuestions,
                           boolean shuffleChoices, int perPage, Map<ReviewPhase, Set<Reveal>> review,
                           Completion completion, Feedback feedback) {

    /** When answers are graded and shown: Moodle's deferred feedback and immediate feedback behaviours. */
    public enum Feedback {
        DEFERRED("deferred"), IMMEDIATE("immediate");

        private final String jsonName;

        Feedback(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    public static final int MAX_QUESTIONS = 200;

    public enum Completion { PASSED, PASSED_OR_ATTEMPTS_USED }

    /**
     * Questions drawn from the bank: {@code count} at random (0: all) under {@code category} (a path prefix, "" for
     * any) and/or with {@code tag}; or the one bank question {@code question} (its id; category and tag then empty,
     * count 1), as a trainer picks a question by hand.
     */
    public record Draw(String category, String tag, String question, int count) {

        public boolean fixed() {
            return !question.isEmpty();
        }
    }

    public QuizSettings {
        draws = List.copyOf(draws);
        Map<ReviewPhase, Set<Reveal>> copy = new EnumMap<>(ReviewPhase.class);
        review.forEach((k, v) -> copy.put(k, v.isEmpty() ? EnumSet.noneOf(Reveal.class) : EnumSet.copyOf(v)));
        for (ReviewPhase p : ReviewPhase.values()) {
            copy.putIfAbsent(p, EnumSet.noneOf(Reveal.class));
        }
        review = Map.copyOf(copy);
    }

    /** What review shows in this phase. */
    public Set<Reveal> reveals(ReviewPhase phase) {
        return review.get(phase);
    }

    /** Whether the quiz takes new attempts at {@code now}. */
    public boolean isOpen(Instant now) {
        return (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    /** When an attempt started at {@code startedAt} runs out: the time limit or the closing time, whichever is first. */
    public Optional<Instant> deadline(Instant startedAt) {
        Instant byLimit = timeLimit == null ? null : startedAt.plus(timeLimit);
        if (byLimit == null) {
            return Optional.ofNullable(closesAt);
        }
        return Optional.of(closesAt == null || byLimit.isBefore(closesAt) ? byLimit : closesAt);
    }

    /** Reads settings; throws with every problem. */
    public static QuizSettings fromJson(JsonObject json) {
        List<String> problems = new ArrayList<>();
        List<Draw> draws = new ArrayList<>();
        JsonValue drawValue = json.get("draw");
        if (!(drawValue instanceof JsonArray array) || array.isEmpty()) {
            problems.add("draw: list where the questions come from, e.g. [{\"category\": \"初学者\", \"count\": 10}]");
        } else {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonObject d)) {
                    problems.add("draw[" + i + "]: an object with category, tag and count");
                    continue;
                }
                String category = d.getString("category", "").strip();
                String tag = d.getString("tag", "").strip();
                String question = d.getString("question", "").strip();
                int count = d.get("count") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : (d.containsKey("count") ? -1 : 0);
                if (!question.isEmpty()) {
                    if (!category.isEmpty() || !tag.isEmpty()) {
                        problems.add("draw[" + i + "]: either one question or a category and/or tag, not both");
                    }
                    if (d.containsKey("count") && count != 1) {
                        problems.add("draw[" + i + "].count: a chosen question is drawn once (count 1 or none)");
                    }
                    draws.add(new Draw("", "", question, 1));
                    continue;
                }
                if (category.isEmpty() && tag.isEmpty()) {
                    problems.add("draw[" + i + "]: give a category, a tag or a question");
                }
                if (count < 0 || count > MAX_QUESTIONS) {
                    problems.add("draw[" + i + "].count: a whole number from 0 (all) to " + MAX_QUESTIONS);
                }
                draws.add(new Draw(category, tag, "", Math.max(count, 0)));
            }
        }
        Instant opensAt = instant(json, "opensAt", problems);
        Instant closesAt = instant(json, "closesAt", problems);
        if (opensAt != null && closesAt != null && !opensAt.isBefore(closesAt)) {
            problems.add("closesAt: must be after opensAt");
        }
        int limitMinutes = whole(json, "timeLimitMinutes", 0, 0, 24 * 60, problems);
        int graceSeconds = whole(json, "graceSeconds", 60, 0, 3600, problems);
        int attempts = whole(json, "attempts", 0, 0, 100, problems);
        int perPage = whole(json, "questionsPerPage", 0, 0, MAX_QUESTIONS, problems);
        double pass = json.get("passPercent") instanceof JsonNumber n ? n.doubleValue() : (json.containsKey("passPercent") ? -1 : 60);
        if (pass < 0 || pass > 100) {
            problems.add("passPercent: a number from 0 to 100");
        }
        GradingMethod grading = GradingMethod.fromJsonName(json.getString("grading", "highest")).orElseGet(() -> {
            problems.add("grading: highest, last, first or average");
            return GradingMethod.HIGHEST;
        });
        Feedback feedback = switch (json.get("feedback") instanceof JsonString f ? f.getString() : json.containsKey("feedback") ? "?" : "deferred") {
            case "deferred" -> Feedback.DEFERRED;
            case "immediate" -> Feedback.IMMEDIATE;
            default -> {
                problems.add("feedback: \"deferred\" (answers graded when the attempt is submitted) or \"immediate\""
                        + " (each question can be checked during the attempt)");
                yield Feedback.DEFERRED;
            }
        };
        Completion completion = switch (json.getString("completion", "passed")) {
            case "passed" -> Completion.PASSED;
            case "passed-or-attempts-used" -> Completion.PASSED_OR_ATTEMPTS_USED;
            default -> {
                problems.add("completion: passed or passed-or-attempts-used");
                yield Completion.PASSED;
            }
        };
        Map<ReviewPhase, Set<Reveal>> review = review(json, feedback, problems);
        if (!problems.isEmpty()) {
            throw new InvalidQuizSettingsException(problems);
        }
        return new QuizSettings(draws, opensAt, closesAt, limitMinutes == 0 ? null : Duration.ofMinutes(limitMinutes),
                Duration.ofSeconds(graceSeconds), attempts, grading, pass, json.getBoolean("shuffleQuestions", true),
                json.getBoolean("shuffleChoices", true), perPage, review, completion, feedback);
    }

    private static Map<ReviewPhase, Set<Reveal>> review(JsonObject json, Feedback feedback, List<String> problems) {
        Map<ReviewPhase, Set<Reveal>> review = new EnumMap<>(ReviewPhase.class);
        Set<Reveal> all = EnumSet.allOf(Reveal.class);
        // With immediate feedback a checked question shows everything unless review.during says less (Moodle's default).
        review.put(ReviewPhase.DURING, feedback == Feedback.IMMEDIATE ? all : EnumSet.noneOf(Reveal.class));
        review.put(ReviewPhase.IMMEDIATELY, all);
        review.put(ReviewPhase.LATER, all);
        review.put(ReviewPhase.AFTER_CLOSE, all);
        JsonValue value = json.get("review");
        if (value == null) {
            return review;
        }
        if (!(value instanceof JsonObject o)) {
            problems.add("review: an object of phases (during, immediately, later, afterClose) to lists of what to show");
            return review;
        }
        for (String key : o.keySet()) {
            ReviewPhase phase = null;
            for (ReviewPhase p : ReviewPhase.values()) {
                if (p.jsonName().equals(key)) {
                    phase = p;
                }
            }
            if (phase == null || !(o.get(key) instanceof JsonArray items)) {
                problems.add("review." + key + ": not a phase (during, immediately, later, afterClose) with a list");
                continue;
            }
            Set<Reveal> reveals = EnumSet.noneOf(Reveal.class);
            for (JsonValue item : items) {
                Optional<Reveal> r = item instanceof JsonString s ? java.util.Arrays.stream(Reveal.values())
                        .filter(x -> x.jsonName().equals(s.getString())).findFirst() : Optional.empty();
                if (r.isEmpty()) {
                    problems.add("review." + key + ": " + item + " is not one of responses, correctness, marks, rightAnswer, feedback");
                } else {
                    reveals.add(r.get());
                }
            }
            if (phase == ReviewPhase.DURING && !reveals.isEmpty() && feedback == Feedback.DEFERRED) {
                problems.add("review.during: with deferred feedback nothing is shown while the attempt is in progress");
            }
            review.put(phase, reveals);
        }
        return review;
    }

    private static Instant instant(JsonObject json, String name, List<String> problems) {
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        try {
            return Instant.parse(((JsonString) v).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            problems.add(name + ": a time such as 2026-12-01T09:00:00+09:00 in UTC form (2026-12-01T00:00:00Z)");
            return null;
        }
    }

    private static int whole(JsonObject json, String name, int fallback, int min, int max, List<String> problems) {
        JsonValue v = json.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() >= min && n.longValue() <= max) {
            return n.intValue();
        }
        problems.add(name + ": a whole number from " + min + " to " + max);
        return fallback;
    }

    /** Settings a trainer wrote that cannot be used; each problem is one "field: reason" line. */
    public static class InvalidQuizSettingsException extends RuntimeException {
        private final List<String> problems;

        public InvalidQuizSettingsException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
