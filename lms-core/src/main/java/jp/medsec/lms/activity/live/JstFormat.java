package jp.medsec.lms.activity.live;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as learners read them: always in Japan time with the zone named ("JST"), whatever the server's or the
 * browser's zone, because a session's time must mean the same to everyone in the programme. Japanese
 * {@code 2026年12月1日(火) 14:00〜15:00 JST}, English {@code Tue 1 Dec 2026, 14:00–15:00 JST}; a session that
 * crosses midnight names both dates. Japan has no daylight saving time, so "JST" is always +09:00.
 */
public final class JstFormat {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter JA_DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日(E) HH:mm", Locale.JAPANESE);
    private static final DateTimeFormatter JA_MONTH_DAY_TIME = DateTimeFormatter.ofPattern("M月d日(E) HH:mm", Locale.JAPANESE);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private JstFormat() {
    }

    /** One moment: {@code 2026年12月1日(火) 14:00 JST} / {@code Tue 1 Dec 2026, 14:00 JST}. */
    public static String dateTime(Instant at, Locale locale) {
        ZonedDateTime t = at.atZone(TOKYO);
        return (english(locale) ? EN_DATE_TIME : JA_DATE_TIME).format(t) + " JST";
    }

    /**
     * A session's time: {@code 2026年12月1日(火) 14:00〜15:00 JST} / {@code Tue 1 Dec 2026, 14:00–15:00 JST};
     * across midnight {@code 2026年12月1日(火) 23:00〜12月2日(水) 01:00 JST} /
     * {@code Tue 1 Dec 2026, 23:00 – Wed 2 Dec 2026, 01:00 JST}.
     */
    public static String range(Instant start, Instant end, Locale locale) {
        ZonedDateTime s = start.atZone(TOKYO);
        ZonedDateTime e = end.atZone(TOKYO);
        boolean sameDay = s.toLocalDate().equals(e.toLocalDate());
        if (english(locale)) {
            return EN_DATE_TIME.format(s) + (sameDay ? "–" + TIME.format(e) : " – " + EN_DATE_TIME.format(e)) + " JST";
        }
        String to = sameDay ? TIME.format(e) : (s.getYear() == e.getYear() ? JA_MONTH_DAY_TIME : JA_DATE_TIME).format(e);
        return JA_DATE_TIME.format(s) + "〜" + to + " JST";
    }

    private static boolean english(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
