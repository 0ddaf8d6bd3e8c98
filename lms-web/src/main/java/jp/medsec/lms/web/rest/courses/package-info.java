/** Courses: the public outline, and for a logged-in learner enrolment, activities, events and progress. */
package jp.medsec.lms.web.rest.courses;
