package jp.medsec.lms.web.rest.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jp.medsec.lms.activity.live.ICalendar;
import jp.medsec.lms.activity.live.application.LiveSessionService;
import jp.medsec.lms.activity.live.application.LiveSessionService.CalendarEntry;
import jp.medsec.lms.web.rest.PublicAddress;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * A learner's registrations as iCalendar, for the download and the subscribed feed alike: each event is the
 * session's time in Asia/Tokyo, titled with the course and activity, linked to the activity's page in the LMS (where
 * the meeting link appears shortly before the start; never in the calendar itself).
 */
@ApplicationScoped
public class CalendarFiles {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    @Inject
    LiveSessionService live;

    @Inject
    PublicAddress publicAddress;

    @Inject
    Clock clock;

    byte[] of(String learnerId, HttpServletRequest request) {
        URI base = publicAddress.of(request, "/");
        String host = base.getHost() == null ? "localhost" : base.getHost();
        List<ICalendar.Event> events = live.calendar(learnerId).stream().map(e -> event(e, base, host)).toList();
        return ICalendar.bytes("ライブ講習 (医療機関サイバーセキュリティ研修)", events, clock.instant());
    }

    URI feedUrl(HttpServletRequest request, String token) {
        return publicAddress.of(request, "/api/calendar/" + token + ".ics");
    }

    private static ICalendar.Event event(CalendarEntry e, URI base, String host) {
        URI page = base.resolve("lesson.html?course=" + enc(e.courseId()) + "&activity=" + enc(e.activityId()));
        String summary = e.activityTitle().ja() + " (" + e.courseTitle().ja() + ")";
        String description = "参加用リンクは開始前に研修サイトのこのページに表示されます。\n" + page;
        return ICalendar.Event.of(ICalendar.uid(e.registrationId(), host), e.schedule(), summary, description,
                "オンライン", page, e.revision());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
