package jp.medsec.lms.activity.live;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.activity.live.LiveSessionActivityType.Source;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveSessionActivityTypeTest {

    private static final Instant T0 = Instant.parse("2026-12-01T07:00:00Z");
    private final LiveSessionActivityType live = new LiveSessionActivityType();

    private static JsonObject withRecording() {
        return Json.createObjectBuilder().add("minAttendanceMinutes", 45)
                .add("recording", Json.createObjectBuilder().add("activityKey", "archive-1")).add("watchPercent", 90).build();
    }

    private static JsonObject liveOnly() {
        return Json.createObjectBuilder().add("minAttendanceMinutes", 45).add("recording", JsonValue.NULL).build();
    }

    private static ActivityContext context(JsonObject settings, Locale locale) {
        return new ActivityContext("live-1", settings, locale, T0.plusSeconds(86_400));
    }

    private static LearnerEvent attended(String session, int minutes, Source source, int hoursLater) {
        return new LearnerEvent("attendance", T0.plusSeconds(3600L * hoursLater), LiveSessionActivityType.attendance(session, minutes, source));
    }

    private static LearnerEvent watched(double percent, int hoursLater) {
        return new LearnerEvent("recording-watched", T0.plusSeconds(3600L * hoursLater), LiveSessionActivityType.recordingWatched(percent));
    }

    @Test
    void attendingLongEnoughCompletesAndTheReasonSaysSo() {
        var ja = live.decide(context(withRecording(), Locale.JAPANESE), List.of(attended("s1", 52, Source.REPORT, 0)));
        assertTrue(ja.complete());
        assertEquals("ライブ講習に52分参加しました(修了条件: 45分以上の参加)。", ja.reason());
        assertEquals("You attended the live session for 52 minutes (45 needed).",
                live.decide(context(withRecording(), Locale.ENGLISH), List.of(attended("s1", 52, Source.REPORT, 0))).reason());
    }

    @Test
    void watchingTheRecordingCompletesAndTheReasonSaysSo() {
        var decision = live.decide(context(withRecording(), Locale.JAPANESE),
                List.of(attended("s1", 20, Source.REPORT, 0), watched(40, 24), watched(93.7, 48)));
        assertTrue(decision.complete());
        assertEquals("アーカイブ動画を93%視聴しました(修了条件: 90%以上の視聴)。", decision.reason());
    }

    @Test
    void shortAttendanceAndTooLittleWatchingSayWhatIsMissingOnBothPaths() {
        var ja = live.decide(context(withRecording(), Locale.JAPANESE), List.of(attended("s1", 44, Source.REPORT, 0), watched(89.9, 24)));
        assertFalse(ja.complete());
        assertEquals("ライブ講習への参加は44分です(45分以上の参加で修了)。アーカイブ動画を90%以上視聴しても修了できます(現在 89%)。", ja.reason());
        var en = live.decide(context(withRecording(), Locale.ENGLISH), List.of());
        assertEquals("No attendance at a live session has been recorded yet; 45 minutes are needed."
                + " Watching at least 90% of the recording also completes it (so far 0%).", en.reason());
        assertEquals("ライブ講習への参加記録はまだありません(45分以上の参加で修了)。",
                live.decide(context(liveOnly(), Locale.JAPANESE), List.of()).reason());
    }

    @Test
    void anAdministratorsCorrectionReplacesTheImportedFigureEvenDownwards() {
        var events = List.of(attended("s1", 58, Source.REPORT, 0), attended("s1", 30, Source.ADMIN, 2));
        assertFalse(live.decide(context(liveOnly(), Locale.JAPANESE), events).complete());
    }

    @Test
    void theBestSessionCountsAndMinutesAtDifferentSessionsAreNotAdded() {
        var twoPartial = List.of(attended("s1", 30, Source.REPORT, 0), attended("s2", 30, Source.REPORT, 170));
        assertFalse(live.decide(context(liveOnly(), Locale.JAPANESE), twoPartial).complete(), "30 + 30 is not one 60-minute attendance");
        var secondGood = List.of(attended("s1", 30, Source.REPORT, 0), attended("s2", 50, Source.REPORT, 170));
        assertTrue(live.decide(context(liveOnly(), Locale.JAPANESE), secondGood).complete());
    }

    @Test
    void withoutALinkedRecordingWatchingDoesNotCount() {
        assertFalse(live.decide(context(liveOnly(), Locale.JAPANESE), List.of(watched(100, 0))).complete());
    }

    @Test
    void learnersPagesCannotPostAnyEvent() {
        assertEquals(Set.of(), live.acceptedEvents());
        assertEquals("live-session", live.descriptor().id());
        assertEquals("1.2", live.descriptor().requiresSpi(), "it relies on the server recording events (ActivityRecorder)");
    }

    @Test
    void thePageGetsTheRuleAndTheLearnersFiguresButNoMeetingLink() {
        var content = live.present(context(withRecording(), Locale.JAPANESE),
                List.of(attended("s1", 20, Source.REPORT, 0), watched(35.5, 5)));
        var data = content.data();
        assertEquals(45, data.getInt("minAttendanceMinutes"));
        assertEquals(20, data.getInt("attendedMinutes"));
        assertEquals("archive-1", data.getString("recording"));
        assertEquals(90, data.getInt("watchPercent"));
        assertEquals(35, data.getInt("watchedPercent"));
        assertTrue(content.html().contains("data-live-session") && content.html().contains("開催日程を読み込んでいます"));
        assertTrue(live.present(context(liveOnly(), Locale.ENGLISH), List.of()).data().isNull("recording"));
    }

    @Test
    void settingsAreCheckedAndEveryProblemListed() throws InvalidSettingsException {
        var read = LiveSessionSettings.from(withRecording());
        assertEquals(new LiveSessionSettings(45, Optional.of("archive-1"), 90), read);
        assertEquals(read, LiveSessionSettings.from(read.toJson()));
        assertEquals(new LiveSessionSettings(45, Optional.empty(), 90), LiveSessionSettings.from(liveOnly()));
        JsonObject bad = Json.createObjectBuilder().add("minAttendanceMinutes", 0)
                .add("recording", Json.createObjectBuilder().add("activityKey", "Archive 1")).add("watchPercent", 101)
                .add("mode", "strict").build();
        var e = assertThrows(InvalidSettingsException.class, () -> live.validateSettings(bad));
        assertEquals(List.of("minAttendanceMinutes: required, a whole number of minutes from 1 to 600",
                "recording: null, or {\"activityKey\": \"<key of the course's video activity>\"}",
                "watchPercent: a whole number from 1 to 100",
                "mode: unknown setting"), e.problems());
        JsonObject percentWithoutRecording = Json.createObjectBuilder().add("minAttendanceMinutes", 45).add("watchPercent", 80).build();
        assertEquals(List.of("watchPercent: applies only with a recording; set \"recording\" or remove it"),
                assertThrows(InvalidSettingsException.class, () -> live.validateSettings(percentWithoutRecording)).problems());
    }

    @Test
    void eventPayloadsAreBuiltOneWay() {
        assertEquals("{\"sessionId\":\"s1\",\"minutes\":52,\"source\":\"admin\"}",
                LiveSessionActivityType.attendance("s1", 52, Source.ADMIN).toString());
        assertThrows(IllegalArgumentException.class, () -> LiveSessionActivityType.attendance("s1", -1, Source.ADMIN));
        assertThrows(IllegalArgumentException.class, () -> LiveSessionActivityType.recordingWatched(101));
    }
}
