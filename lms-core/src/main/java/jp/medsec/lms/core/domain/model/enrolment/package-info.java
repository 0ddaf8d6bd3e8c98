/**
 * A learner's enrolment in a course: the events they recorded on activities, the completions the activity
 * plugins granted from those events, and the progress computed from the completions (never stored).
 */
package jp.medsec.lms.core.domain.model.enrolment;
