package jp.medsec.lms.activity.live;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes a learner's registrations as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar
 * show at the right time: one download, or the body of the learner's subscribed feed.
 * <ul>
 *   <li>{@code METHOD:PUBLISH}; one {@code VEVENT} per registration, with a {@code UID} made from the registration's
 *       id ({@link #uid}), so a changed or cancelled session updates the event a calendar already holds rather than
 *       adding a second one. {@code STATUS:CANCELLED} for a cancelled session; {@code SEQUENCE} grows with each change
 *       (pass the session's version).</li>
 *   <li>Times in Japan time: a {@code VTIMEZONE} for {@code Asia/Tokyo} (JST, +0900, no daylight saving) and
 *       {@code DTSTART;TZID=Asia/Tokyo:...}, so a learner's calendar set to another zone still converts correctly;
 *       {@code DTSTAMP} in UTC.</li>
 *   <li>Text escaped ({@code \\ ; ,} and line breaks as {@code \n}), lines folded at 75 octets without splitting a
 *       UTF-8 character, CRLF line endings. UTF-8: serve as {@code text/calendar; charset=utf-8}.</li>
 * </ul>
 * Never put the meeting link in a calendar: it is shown only to registered learners and only shortly before the
 * start, and a calendar entry is forwarded and synced to phones. The {@code URL} should be the session's page in
 * the LMS, where the link appears in time.
 */
public final class ICalendar {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss").withZone(JstFormat.TOKYO);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}");

    private ICalendar() {
    }

    /**
     * One registration's session as an event. {@code summary} is the session's title (required); {@code description},
     * {@code location} ("オンライン (Zoom)") and {@code url} (the session's page) may be null.
     */
    public record Event(String uid, Instant start, Instant end, String summary, String description, String location,
                        URI url, boolean cancelled, int sequence) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(summary, "summary");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("An event must end after it starts");
            }
            if (sequence < 0) {
                throw new IllegalArgumentException("SEQUENCE cannot be negative");
            }
            if (url != null && !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
                throw new IllegalArgumentException("The URL must be the session's web page: " + url);
            }
        }

        /** The event of a registration on a session with this schedule (cancelled when the session is). */
        public static Event of(String uid, SessionSchedule session, String summary, String description, String location,
                               URI url, int sequence) {
            return new Event(uid, session.start(), session.end(), summary, description, location, url,
                    session.status() == SessionStatus.CANCELLED, sequence);
        }
    }

    /**
     * The UID of a registration's event: stable for the registration (also after cancelling and applying again),
     * globally unique through the LMS's host name, revealing nothing but the registration's random id.
     */
    public static String uid(String registrationId, String host) {
        Objects.requireNonNull(registrationId, "registrationId");
        if (host == null || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("Not a host name: " + host);
        }
        return "registration-" + registrationId + "@" + host;
    }

    /**
     * The calendar: {@code name} is shown by apps that subscribe ({@code X-WR-CALNAME}); {@code stamp} is when it is
     * generated (the server's clock), written as every event's {@code DTSTAMP}.
     */
    public static String write(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//medsec-lms//Live sessions 1.0//JA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        line(out, "X-WR-TIMEZONE:Asia/Tokyo");
        // Subscribed feeds: ask apps to refresh hourly, so a cancellation reaches them the same day.
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:Asia/Tokyo");
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0900");
        line(out, "TZOFFSETTO:+0900");
        line(out, "TZNAME:JST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(e.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART;TZID=Asia/Tokyo:" + LOCAL.format(e.start()));
            line(out, "DTEND;TZID=Asia/Tokyo:" + LOCAL.format(e.end()));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.location() != null) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url().toASCIIString());
            }
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** {@link #write} as the bytes to send. */
    public static byte[] bytes(String name, List<Event> events, Instant stamp) {
        return write(name, events, stamp).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, any line break becomes
     * {@code \n}, and other control characters (which no calendar shows) are dropped.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A content line folded (RFC 5545 §3.1): no physical line longer than 75 octets, continuation lines starting
     * with one space (which counts), breaking only between characters, so a Japanese character's three UTF-8 bytes
     * (or an emoji's four) stay on one line.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }
}
