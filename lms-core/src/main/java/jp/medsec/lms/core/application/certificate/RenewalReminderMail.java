package jp.medsec.lms.core.application.certificate;

import jp.medsec.lms.activity.Messages;
import jp.medsec.lms.activity.live.JstFormat;
import jp.medsec.lms.core.application.mail.MailMessage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The renewal reminder as a plain-text mail, in the holder's language (English for those who use the LMS in English,
 * Japanese otherwise): the course, the certificate's number, its expiry in JST with the zone named, and a link to the
 * course page, where the course is taken again (or, without {@code lms.public-url}, directions to it). Pure: the job
 * looks up the holder and the course and passes them in.
 */
public final class RenewalReminderMail {

    private static final Messages TEXT = Messages.of(RenewalReminderMail.class);
    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Locale.JAPANESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** The mail's cause, followed by the certificate's id: no personal data, and findable by administrators. */
    public static final String CAUSE = "certificate.RENEWAL_REMINDER certificate ";

    private RenewalReminderMail() {
    }

    /**
     * @param to          the holder's e-mail
     * @param name        the holder's full name
     * @param language    the holder's language
     * @param courseTitle the course's title in that language
     * @param number      the certificate's number
     * @param validUntil  the last moment the certificate is valid
     * @param publicUrl   the LMS's public address without a trailing slash, if configured
     */
    public static MailMessage compose(String certificateId, String to, String name, Locale language, String courseId,
                                      String courseTitle, String number, Instant validUntil, Optional<URI> publicUrl) {
        boolean english = Messages.english(language);
        String date = (english ? EN_DATE : JA_DATE).format(validUntil.atZone(JstFormat.TOKYO));
        String where = publicUrl.map(base -> TEXT.text(language, "certificate.reminder.link", coursePage(base, courseId)))
                .orElseGet(() -> TEXT.text(language, "certificate.reminder.no-link", courseTitle));
        String body = TEXT.text(language, "certificate.reminder.greeting", name) + "\n\n"
                + TEXT.text(language, "certificate.reminder.body", courseTitle) + "\n\n"
                + TEXT.text(language, "certificate.reminder.details", courseTitle, number, JstFormat.dateTime(validUntil, language)) + "\n"
                + where + "\n\n"
                + TEXT.text(language, "certificate.reminder.next") + "\n\n"
                + TEXT.text(language, "certificate.reminder.footer") + "\n";
        return new MailMessage(to, TEXT.text(language, "certificate.reminder.subject", courseTitle, date), body, CAUSE + certificateId);
    }

    /** {@code <public url>/course.html?id=…}: the course's page, where it is taken (again). */
    public static String coursePage(URI publicUrl, String courseId) {
        return publicUrl + "/course.html?id=" + URLEncoder.encode(courseId, StandardCharsets.UTF_8);
    }
}
