/**
 * Live sessions at work: {@link jp.medsec.lms.activity.live.application.LiveSessionService} (apply, cancel, the
 * waitlist, joining, calendars, and the administration of sessions and attendance), its transactions with the lock
 * order, the notices fired for the mail outbox, and the reminder job with the database's places check
 * ({@link jp.medsec.lms.activity.live.application.LiveSessionStartup}).
 */
package jp.medsec.lms.activity.live.application;
