package jp.medsec.lms.activity.live;

import jp.medsec.lms.activity.live.SessionSchedule.ApplicationWindow;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionScheduleTest {

    static final Instant START = Instant.parse("2026-12-01T05:00:00Z"); // 14:00 JST
    static final Instant END = START.plus(Duration.ofHours(1));
    static final Instant OPENS = Instant.parse("2026-08-28T15:00:00Z"); // 2026-08-29 00:00 JST
    static final Instant CLOSES = Instant.parse("2026-11-30T15:00:00Z"); // 2026-12-01 00:00 JST

    static SessionSchedule session(int capacity) {
        return SessionSchedule.scheduled(START, END, OPENS, CLOSES, capacity);
    }

    @Test
    void applicationsAreTakenOnlyInsideTheWindowOfAScheduledSession() {
        var s = session(30);
        assertEquals(ApplicationWindow.NOT_YET_OPEN, s.applicationWindowAt(OPENS.minusSeconds(1)));
        assertEquals(ApplicationWindow.OPEN, s.applicationWindowAt(OPENS), "opens at the stated moment");
        assertEquals(ApplicationWindow.CLOSED, s.applicationWindowAt(CLOSES), "closed at the stated moment");
        assertTrue(s.acceptsApplicationsAt(CLOSES.minusSeconds(1)));
        assertFalse(s.cancel().acceptsApplicationsAt(CLOSES.minusSeconds(1)));
    }

    @Test
    void theMeetingLinkIsShownOnlyToRegisteredLearnersFromFifteenMinutesBeforeTheStartUntilTheEnd() {
        var s = session(30);
        assertEquals(START.minus(Duration.ofMinutes(15)), s.meetingLinkVisibleFrom());
        assertFalse(s.canSeeMeetingLink(true, START.minus(Duration.ofMinutes(16))), "the day before: not yet");
        assertTrue(s.canSeeMeetingLink(true, START.minus(Duration.ofMinutes(15))));
        assertTrue(s.canSeeMeetingLink(true, END), "latecomers can still join until the end");
        assertFalse(s.canSeeMeetingLink(true, END.plusSeconds(1)));
        assertFalse(s.canSeeMeetingLink(false, START), "not to someone waitlisted or unregistered");
        assertFalse(s.cancel().canSeeMeetingLink(true, START), "not for a cancelled session");
        var early = new SessionSchedule(START, END, OPENS, CLOSES, 30, SessionStatus.SCHEDULED, Duration.ofMinutes(60));
        assertTrue(early.canSeeMeetingLink(true, START.minus(Duration.ofMinutes(45))));
    }

    @Test
    void statusMovesOnlyForwardAndNotBeforeTheStart() {
        var s = session(30);
        assertEquals(SessionStatus.CANCELLED, s.cancel().status());
        assertEquals("live.session.not-started", assertThrows(ConflictException.class, () -> s.markHeld(START.minusSeconds(60))).code());
        var held = s.markHeld(END);
        assertEquals(SessionStatus.HELD, held.status());
        assertEquals("live.session.not-scheduled", assertThrows(ConflictException.class, held::cancel).code());
        assertThrows(ConflictException.class, () -> s.cancel().markHeld(END));
    }

    @Test
    void impossibleSchedulesAreRefused() {
        assertEquals("live.session.end-before-start", assertThrows(InvalidInputException.class,
                () -> SessionSchedule.scheduled(START, START, OPENS, CLOSES, 30)).code());
        assertEquals("live.session.window-empty", assertThrows(InvalidInputException.class,
                () -> SessionSchedule.scheduled(START, END, CLOSES, OPENS, 30)).code());
        assertEquals("live.session.window-after-end", assertThrows(InvalidInputException.class,
                () -> SessionSchedule.scheduled(START, END, OPENS, END.plusSeconds(1), 30)).code());
        assertEquals("live.session.capacity", assertThrows(InvalidInputException.class, () -> session(0)).code());
        assertEquals("live.session.link-lead", assertThrows(InvalidInputException.class,
                () -> new SessionSchedule(START, END, OPENS, CLOSES, 1, SessionStatus.SCHEDULED, Duration.ofMinutes(-1))).code());
    }

    @Test
    void aSessionDescribesItsTimeInJapanTime() {
        assertEquals("2026年12月1日(火) 14:00〜15:00 JST", session(30).describe(Locale.JAPANESE));
        assertEquals(Duration.ofHours(1), session(30).length());
        assertEquals(50, session(30).withCapacity(50).capacity());
    }
}
