/**
 * The {@code live-session} activity type and the domain of live sessions (ライブ講習): when a session runs and when
 * its meeting link may be seen ({@link jp.medsec.lms.activity.live.SessionSchedule}, shown in Japan time by
 * {@link jp.medsec.lms.activity.live.JstFormat}), the registration rules with the waitlist
 * ({@link jp.medsec.lms.activity.live.Registrations}), attendance from a meeting tool's participant report
 * ({@link jp.medsec.lms.activity.live.AttendanceReport}), calendar files and feed tokens
 * ({@link jp.medsec.lms.activity.live.ICalendar}, {@link jp.medsec.lms.activity.live.FeedToken}), and completion by
 * attendance or by watching the recording ({@link jp.medsec.lms.activity.live.LiveSessionActivityType}).
 * <p>
 * This package is the pure domain. What is stored is in {@code live.session}; the locked transactions the rules run
 * in, the notices for the mail outbox and the reminder job in {@code live.application}; the REST resources in
 * {@code web.rest.live} (docs/live-and-video.md). Besides the SPI it uses core's shared upload reading
 * ({@code core.text}), token helper and domain exceptions, as the quiz plugin does.
 */
package jp.medsec.lms.activity.live;
