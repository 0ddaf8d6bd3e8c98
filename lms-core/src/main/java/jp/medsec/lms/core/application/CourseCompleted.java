package jp.medsec.lms.core.application;

import java.time.Instant;

/** A learner has just completed every required activity of a course (a CDI event, fired in that transaction). */
public record CourseCompleted(String learnerId, String courseId, Instant completedAt) {
}
