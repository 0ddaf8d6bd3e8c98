/** The logged-in learner's own things: their enrolments with progress. */
package jp.medsec.lms.web.rest.me;
