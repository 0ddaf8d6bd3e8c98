package jp.medsec.lms.core.domain.model.enrolment;

import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseModule;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.LocalizedText;
import jp.medsec.lms.core.domain.model.track.Track;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentTest {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    private Course course;
    private Activity first;
    private Activity second;
    private Activity optional;
    private Learner learner;

    @BeforeEach
    void setUp() {
        Track track = new Track("STF", 3, LocalizedText.ja("初学者"), LocalizedText.ja("職員"), LocalizedText.ja("基本"));
        course = new Course("stf-basics", track, LocalizedText.ja("基本"), LocalizedText.ja("概要"), 60, NOW);
        CourseModule module = course.addModule(LocalizedText.ja("第1章"));
        first = module.addActivity("one", "page", LocalizedText.ja("1"), true, 10, "{}");
        second = module.addActivity("two", "page", LocalizedText.ja("2"), true, 10, "{}");
        optional = course.addModule(LocalizedText.ja("まとめ")).addActivity("extra", "page", LocalizedText.ja("3"), false, 5, "{}");
        course.publish();
        learner = new Learner("Nurse@Example.JP", "hash", "看護 花子", "カンゴ ハナコ", JobCategory.NURSE, null, NOW);
    }

    @Test
    void progressCountsRequiredActivitiesOnly() {
        Enrolment enrolment = new Enrolment(learner, course, NOW);
        enrolment.complete(optional, "done", NOW);
        assertEquals(new Progress(0, 2, List.of(optional.id())), enrolment.progress());
        enrolment.complete(first, "done", NOW);
        assertEquals(50, enrolment.progress().percent());
        assertFalse(enrolment.progress().complete());
        enrolment.complete(second, "done", NOW);
        assertEquals(100, enrolment.progress().percent());
        assertTrue(enrolment.progress().complete());
    }

    @Test
    void completingTwiceKeepsTheFirstCompletion() {
        Enrolment enrolment = new Enrolment(learner, course, NOW);
        assertTrue(enrolment.complete(first, "first", NOW));
        assertFalse(enrolment.complete(first, "again", NOW.plusSeconds(60)));
        assertEquals("first", enrolment.completionOf(first.id()).orElseThrow().reason());
        assertEquals(1, enrolment.completions().size());
    }

    @Test
    void aNewRoundWaitsUntilANewFiscalYearHasBegunInJapan() {
        Enrolment enrolment = new Enrolment(learner, course, NOW);
        enrolment.complete(first, "done", NOW);
        assertFalse(enrolment.mayStartNewRound(NOW.plusSeconds(400L * 24 * 3600)), "not complete");
        enrolment.complete(second, "done", NOW);
        assertFalse(enrolment.mayStartNewRound(NOW));
        assertFalse(enrolment.mayStartNewRound(Instant.parse("2027-03-31T14:59:59Z")), "still March 31 in Japan");
        assertTrue(enrolment.mayStartNewRound(Instant.parse("2027-03-31T15:00:00Z")), "April 1, 00:00 JST");
        assertThrows(ConflictException.class, () -> enrolment.startNewRound(NOW));
    }

    @Test
    void aNewRoundKeepsTheFinishedOneAndStartsWithNothingComplete() {
        Enrolment enrolment = new Enrolment(learner, course, NOW);
        enrolment.complete(first, "読みました", NOW);
        enrolment.complete(optional, "任意", NOW.plusSeconds(30));
        enrolment.complete(second, "合格", NOW.plusSeconds(60));
        Instant april = Instant.parse("2027-04-10T00:00:00Z");
        assertEquals(1, enrolment.round());

        enrolment.startNewRound(april);

        assertEquals(2, enrolment.round());
        assertEquals(april, enrolment.roundStartedAt());
        assertEquals(0, enrolment.progress().requiredDone());
        assertTrue(enrolment.completedAt().isEmpty());
        assertFalse(enrolment.mayStartNewRound(april.plusSeconds(400L * 24 * 3600)), "this round is not complete");
        PastRound past = enrolment.pastRounds().get(0);
        assertEquals(1, past.round());
        assertEquals(NOW, past.startedAt());
        assertEquals(NOW.plusSeconds(60), past.completedAt(), "complete when the last required activity was");
        assertEquals(List.of("読みました", "任意", "合格"), past.completions().stream().map(PastRound.Completion::reason).toList());
        assertTrue(enrolment.complete(first, "今年度も読みました", april), "the activity can be completed again");
    }

    @Test
    void percentRoundsDownSoItNeverShowsHundredEarly() {
        assertEquals(66, new Progress(2, 3, List.of()).percent());
        assertEquals(0, Progress.none().percent());
        assertFalse(Progress.none().complete());
    }

    @Test
    void anActivityOfAnotherCourseCannotBeCompletedHere() {
        Course other = new Course("other", course.track(), LocalizedText.ja("別"), LocalizedText.ja("別"), 30, NOW);
        Activity foreign = other.addModule(LocalizedText.ja("m")).addActivity("x", "page", LocalizedText.ja("x"), true, 5, "{}");
        Enrolment enrolment = new Enrolment(learner, course, NOW);
        assertThrows(InvalidInputException.class, () -> enrolment.complete(foreign, "no", NOW));
    }

    @Test
    void draftsTakeNoEnrolments() {
        Course draft = new Course("draft", course.track(), LocalizedText.ja("下書き"), LocalizedText.ja("下書き"), 30, NOW);
        assertThrows(InvalidInputException.class, () -> new Enrolment(learner, draft, NOW));
    }

    @Test
    void aCourseWithNothingRequiredCannotBePublished() {
        Course empty = new Course("empty", course.track(), LocalizedText.ja("空"), LocalizedText.ja("空"), 30, NOW);
        empty.addModule(LocalizedText.ja("m")).addActivity("opt", "page", LocalizedText.ja("任意"), false, 5, "{}");
        assertThrows(InvalidInputException.class, empty::publish);
    }

    @Test
    void activityKeysAreUniqueAcrossTheWholeCourse() {
        assertThrows(InvalidInputException.class,
                () -> course.modules().get(1).addActivity("one", "page", LocalizedText.ja("重複"), true, 5, "{}"));
    }

    @Test
    void emailIsTheLowerCaseLoginName() {
        assertEquals("nurse@example.jp", learner.email());
    }
}
