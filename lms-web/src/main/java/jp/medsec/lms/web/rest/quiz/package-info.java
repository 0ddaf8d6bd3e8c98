/**
 * Taking a quiz activity: the overview, starting or resuming an attempt, autosaving answers, submitting, and
 * reviewing as the quiz's settings allow. Only for learners enrolled in the course; attempts of others answer 404.
 */
package jp.medsec.lms.web.rest.quiz;
