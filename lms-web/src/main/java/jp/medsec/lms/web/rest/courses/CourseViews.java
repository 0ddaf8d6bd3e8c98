package jp.medsec.lms.web.rest.courses;

import jakarta.json.JsonObject;
import jp.medsec.lms.core.application.EnrolmentService.Round;
import jp.medsec.lms.core.application.EnrolmentService.Standing;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseModule;
import jp.medsec.lms.core.domain.model.enrolment.Progress;
import jp.medsec.lms.web.rest.TextView;

import java.util.List;

/** Response bodies of the course endpoints. */
public final class CourseViews {

    private CourseViews() {
    }

    public record TrackRef(String code, TextView name) {
    }

    public record CourseView(String id, String slug, TrackRef track, TextView title, TextView summary, int minutes,
                             List<ModuleView> modules) {

        public static CourseView of(Course c) {
            return new CourseView(c.id(), c.slug(), new TrackRef(c.track().code(), TextView.of(c.track().name())),
                    TextView.of(c.title()), TextView.of(c.summary()), c.minutes(),
                    c.modules().stream().map(ModuleView::of).toList());
        }
    }

    public record ModuleView(String id, int position, TextView title, List<ActivitySummaryView> activities) {

        static ModuleView of(CourseModule m) {
            return new ModuleView(m.id(), m.position(), TextView.of(m.title()),
                    m.activities().stream().map(ActivitySummaryView::of).toList());
        }
    }

    public record ActivitySummaryView(String id, int position, String type, TextView title, boolean required, int minutes) {

        static ActivitySummaryView of(Activity a) {
            return new ActivitySummaryView(a.id(), a.position(), a.typeId(), TextView.of(a.title()), a.required(), a.minutes());
        }
    }

    /** Progress as the learner sees it; {@code enrolled} is false (and the rest zero) when not enrolled. */
    public record ProgressView(boolean enrolled, int requiredDone, int requiredTotal, int percent, boolean complete,
                               List<String> completedActivityIds, RoundsView rounds) {

        /** Progress alone (the answer to an event or an enrolment): no rounds. */
        public static ProgressView of(Progress p) {
            return new ProgressView(true, p.requiredDone(), p.requiredTotal(), p.percent(), p.complete(),
                    p.completedActivityIds(), null);
        }

        public static ProgressView of(Standing s) {
            Progress p = s.progress();
            return new ProgressView(true, p.requiredDone(), p.requiredTotal(), p.percent(), p.complete(),
                    p.completedActivityIds(), new RoundsView(s.current(), s.mayStartNewRound(), s.past()));
        }

        public static ProgressView notEnrolled() {
            return new ProgressView(false, 0, 0, 0, false, List.of(), null);
        }
    }

    /**
     * The rounds (受講回) of an enrolment: the current one, whether the learner may start a new one now (the course was
     * complete in an earlier fiscal year), and the finished ones, oldest first.
     */
    public record RoundsView(Round current, boolean mayStartNew, List<Round> past) {
    }

    public record ContentView(String html, JsonObject data) {
    }

    public record ActivityView(String id, String type, TextView title, boolean required, int minutes,
                               ContentView content, boolean completed) {
    }

    public record EventOutcomeView(boolean completed, String reason, ProgressView progress) {
    }
}
