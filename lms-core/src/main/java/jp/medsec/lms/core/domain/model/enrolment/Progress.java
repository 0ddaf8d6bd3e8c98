package jp.medsec.lms.core.domain.model.enrolment;

import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Progress in a course: required activities done out of all required ones. Completions of activities that
 * were since removed or made optional do not count; optional activities show as done but never gate.
 */
public record Progress(int requiredDone, int requiredTotal, List<String> completedActivityIds) {

    public static Progress of(Course course, List<String> completedIds) {
        Set<String> done = Set.copyOf(completedIds);
        List<Activity> required = course.requiredActivities();
        int requiredDone = (int) required.stream().filter(a -> done.contains(a.id())).count();
        List<String> stillInCourse = course.activities().stream().map(Activity::id).filter(done::contains)
                .collect(Collectors.toList());
        return new Progress(requiredDone, required.size(), List.copyOf(stillInCourse));
    }

    public static Progress none() {
        return new Progress(0, 0, List.of());
    }

    /** Whole percent, rounded down so that 99.9 % never shows as 100 % before the course is complete. */
    public int percent() {
        return requiredTotal == 0 ? 0 : requiredDone * 100 / requiredTotal;
    }

    public boolean complete() {
        return requiredTotal > 0 && requiredDone == requiredTotal;
    }
}
