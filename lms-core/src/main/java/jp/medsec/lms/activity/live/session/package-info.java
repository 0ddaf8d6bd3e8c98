/**
 * What live sessions store: the sessions of a live-session activity ({@link jp.medsec.lms.activity.live.session.LiveSession}),
 * learners' registrations with their attendance ({@link jp.medsec.lms.activity.live.session.SessionRegistration}) and
 * calendar feed tokens ({@link jp.medsec.lms.activity.live.session.CalendarFeed}). Tables {@code lms_live_*} in the
 * core's persistence unit, referring to courses, activities and learners by id.
 */
package jp.medsec.lms.activity.live.session;
