package jp.medsec.lms.activity.live.mail;

import jp.medsec.lms.activity.Messages;
import jp.medsec.lms.activity.live.JstFormat;
import jp.medsec.lms.activity.live.SessionNotice;
import jp.medsec.lms.core.application.mail.MailMessage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link SessionNotice} as a plain-text mail: in English for a learner who uses the LMS in English, in
 * Japanese otherwise; the session's time in JST with the zone named; and a link to the session's page when the
 * LMS knows its public address ({@code lms.public-url}), else directions to the page (a path alone is no use in a
 * mail client). Pure: the observer looks up the learner and the course and passes them in.
 */
public final class SessionMail {

    private static final Messages TEXT = Messages.of(SessionMail.class);

    private SessionMail() {
    }

    /**
     * @param to            the learner's e-mail
     * @param name          the learner's full name
     * @param language      the learner's language
     * @param courseTitle   the course's title in that language
     * @param activityTitle the live-session activity's title in that language
     * @param publicUrl     the LMS's public address without a trailing slash, if configured
     */
    public static MailMessage compose(SessionNotice notice, String to, String name, Locale language, String courseTitle,
                                      String activityTitle, Optional<URI> publicUrl) {
        Objects.requireNonNull(notice, "notice");
        String kind = key(notice.kind());
        String time = JstFormat.range(notice.start(), notice.end(), language);
        String subject = TEXT.text(language, "live-session.mail." + kind + ".subject", courseTitle, time);
        String where = publicUrl.map(base -> TEXT.text(language, "live-session.mail.link", pageLink(base, notice)))
                .orElseGet(() -> TEXT.text(language, "live-session.mail.no-link", courseTitle));
        String lead = notice.kind() == SessionNotice.Kind.WAITLISTED
                ? TEXT.text(language, "live-session.mail." + kind + ".body", notice.waitlistPosition())
                : TEXT.text(language, "live-session.mail." + kind + ".body");
        String body = TEXT.text(language, "live-session.mail.greeting", name) + "\n\n"
                + lead + "\n\n"
                + TEXT.text(language, "live-session.mail.details", courseTitle, activityTitle, time) + "\n"
                + where + "\n\n"
                + TEXT.text(language, "live-session.mail." + kind + ".next") + "\n\n"
                + TEXT.text(language, "live-session.mail.footer") + "\n";
        return new MailMessage(to, subject, body,
                "live." + notice.kind() + " session " + notice.sessionId());
    }

    /** {@code <public url>/lesson.html?course=…&activity=…}: the page where the learner applies, cancels and joins. */
    public static String pageLink(URI publicUrl, SessionNotice notice) {
        return publicUrl + "/lesson.html?course=" + URLEncoder.encode(notice.courseId(), StandardCharsets.UTF_8)
                + "&activity=" + URLEncoder.encode(notice.activityId(), StandardCharsets.UTF_8);
    }

    private static String key(SessionNotice.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
