package jp.medsec.lms.activity.live.session;

import jp.medsec.lms.activity.live.SessionSchedule;
import jp.medsec.lms.activity.live.SessionStatus;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    private static final Instant START = Instant.parse("2026-12-01T05:00:00Z"); // 14:00 JST

    private static SessionSchedule schedule(Instant start, int capacity) {
        return SessionSchedule.scheduled(start, start.plus(Duration.ofHours(1)), NOW, start, capacity);
    }

    private static LiveSession session(int capacity) {
        return new LiveSession("course", "activity", schedule(START, capacity), "https://zoom.example.jp/j/1", NOW);
    }

    @Test
    void theCapacityCannotDropBelowThePlacesTakenSoTheDatabaseCheckAlwaysHolds() {
        LiveSession s = session(3);
        s.placeTaken();
        s.placeTaken();
        var e = assertThrows(ConflictException.class, () -> s.reschedule(schedule(START, 1), null));
        assertEquals("live.session.capacity-below-registered", e.code());
        assertFalse(s.reschedule(schedule(START, 2), null), "same times: calendars need no update");
        assertEquals(2, s.capacity());
        assertTrue(s.meetingUrl().isEmpty(), "a blank link means none yet");
    }

    @Test
    void calendarsSeeNewTimesAndCancellationsAsNewRevisions() {
        LiveSession s = session(3);
        assertTrue(s.reschedule(schedule(START.plus(Duration.ofDays(1)), 3), "https://zoom.example.jp/j/2"));
        assertEquals(1, s.revision());
        s.cancel();
        assertEquals(2, s.revision());
        assertEquals(SessionStatus.CANCELLED, s.status());
        assertEquals("live.session.not-scheduled", assertThrows(ConflictException.class,
                () -> s.reschedule(schedule(START, 3), null)).code());
    }

    @Test
    void meetingLinksAreHttpsWithoutCredentialsInTheAddress() {
        for (String bad : new String[]{"http://zoom.example.jp/j/1", "https://user:pw@zoom.example.jp/j/1", "zoom.example.jp/j/1",
                "javascript:alert(1)"}) {
            var e = assertThrows(InvalidInputException.class,
                    () -> new LiveSession("c", "a", schedule(START, 3), bad, NOW), bad);
            assertEquals("meetingUrl", e.problems().get(0).field());
        }
    }

    @Test
    void aRecordingIsAnnouncedOnceAndOnlyForAHeldSession() {
        LiveSession s = session(3);
        assertEquals("live.session.not-held", assertThrows(ConflictException.class, () -> s.announceRecording(NOW)).code());
        s.markHeld(START.plusSeconds(60));
        assertTrue(s.announceRecording(START.plusSeconds(3600)));
        assertFalse(s.announceRecording(START.plusSeconds(7200)));
        assertThrows(IllegalStateException.class, s::placeFreed, "no place to free");
    }
}
