package jp.medsec.lms.core.domain.model.course;

/** Learners see and enrol in published courses only; drafts are for trainers. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED
}
