package jp.medsec.lms.activity.video;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoActivityTypeTest {

    private static final Instant T0 = Instant.parse("2026-12-10T01:00:00Z");
    private static final String FILE_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private final VideoActivityType video = new VideoActivityType();

    private static JsonObject settings(int completionPercent) {
        return Json.createObjectBuilder()
                .add("source", Json.createObjectBuilder().add("file", FILE_ID))
                .add("durationSeconds", 600)
                .add("subtitles", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("lang", "ja").add("file", "sub-ja"))
                        .add(Json.createObjectBuilder().add("lang", "en").add("file", "sub-en").add("label", "English (summary)")))
                .add("completionPercent", completionPercent)
                .build();
    }

    private static ActivityContext context(JsonObject settings, Locale locale) {
        return new ActivityContext("act-1", settings, locale, T0.plusSeconds(7200));
    }

    private static LearnerEvent played(Instant at, double from, double to) {
        return new LearnerEvent("played", at, Json.createObjectBuilder().add("from", from).add("to", to).build());
    }

    /** The player's reports for watching [from, to) at normal speed, every 10 s, starting at {@code start}. */
    private static List<LearnerEvent> watching(double from, double to, Instant start) {
        List<LearnerEvent> events = new ArrayList<>();
        for (double at = from; at < to; at += 10) {
            events.add(played(start.plusSeconds((long) (at - from + 10)), at, Math.min(to, at + 10)));
        }
        return events;
    }

    @Test
    void watchingNinetyPercentCompletesWithAReasonInTheLearnersLanguage() {
        var events = watching(0, 540, T0);
        var ja = video.decide(context(settings(90), Locale.JAPANESE), events);
        assertTrue(ja.complete());
        assertEquals("動画の90%を視聴しました(修了条件: 90%以上)。", ja.reason());
        assertEquals("You have watched 90% of the video (90% needed).",
                video.decide(context(settings(90), Locale.ENGLISH), events).reason());
    }

    @Test
    void skippingAheadToTheEndDoesNotComplete() {
        List<LearnerEvent> events = new ArrayList<>(watching(0, 60, T0));
        // The learner drags the playhead to 9:00 and lets the last minute play.
        events.add(new LearnerEvent("played", T0.plusSeconds(61), Json.createObjectBuilder().add("from", 60).add("to", 60)
                .add("position", 540).build()));
        events.addAll(watching(540, 600, T0.plusSeconds(62)));
        var decision = video.decide(context(settings(90), Locale.JAPANESE), events);
        assertFalse(decision.complete());
        assertEquals("動画の視聴は20%です。90%以上視聴すると修了です(早送りした部分は数えません)。", decision.reason());
    }

    @Test
    void watchingTheSameMinuteTenTimesIsStillOneMinute() {
        List<LearnerEvent> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.addAll(watching(0, 60, T0.plusSeconds(100L * i)));
        }
        var decision = video.decide(context(settings(20), Locale.ENGLISH), events);
        assertFalse(decision.complete());
        assertEquals("You have watched 10% of the video; watch at least 20% to complete it (parts skipped ahead do not count).",
                decision.reason());
    }

    @Test
    void aScriptPostingTheWholeVideoAtOnceDoesNotComplete() {
        var decision = video.decide(context(settings(90), Locale.JAPANESE), List.of(played(T0, 0, 600)));
        assertFalse(decision.complete());
        assertTrue(decision.reason().startsWith("動画の視聴は20%です"), decision.reason());
    }

    @Test
    void malformedReportsAndOtherEventsAreIgnoredNotFatal() {
        var events = List.of(
                new LearnerEvent("played", T0, Json.createObjectBuilder().add("from", "0").add("to", 600).build()),
                new LearnerEvent("played", T0, Json.createObjectBuilder().build()),
                new LearnerEvent("viewed", T0, Json.createObjectBuilder().add("from", 0).add("to", 60).build()));
        assertEquals(0, VideoActivityType.watched(settings(90), events).watchedSeconds());
        assertFalse(video.decide(context(settings(90), Locale.JAPANESE), events).complete());
    }

    @Test
    void thePageGetsWhatThePlayerNeedsAndNoStoredFileIds() {
        List<LearnerEvent> events = new ArrayList<>(watching(0, 120, T0));
        events.addAll(watching(300, 330, T0.plusSeconds(500)));
        var content = video.present(context(settings(90), Locale.JAPANESE), events);
        JsonObject data = content.data();
        assertEquals(Json.createObjectBuilder().add("kind", "stored").add("href", "video").build(), data.getJsonObject("source"));
        assertEquals(600, data.getJsonNumber("durationSeconds").doubleValue());
        assertEquals(330, data.getJsonNumber("resumeSeconds").doubleValue());
        assertEquals(25, data.getInt("watchedPercent"));
        assertEquals(90, data.getInt("completionPercent"));
        assertEquals("[[0.0,120.0],[300.0,330.0]]", data.getJsonArray("watched").toString());
        assertEquals("日本語", data.getJsonArray("subtitles").getJsonObject(0).getString("label"));
        assertEquals("subtitles/ja", data.getJsonArray("subtitles").getJsonObject(0).getString("href"));
        assertEquals("English (summary)", data.getJsonArray("subtitles").getJsonObject(1).getString("label"));
        assertEquals("played", data.getJsonObject("report").getString("event"));
        assertTrue(data.getJsonObject("messages").getString("unavailable").contains("再生できません"));
        assertFalse(data.toString().contains(FILE_ID) || data.toString().contains("sub-ja"), data.toString());
        assertEquals("<div class=\"video-activity\" data-video-player=\"\"><p class=\"video-status\" role=\"status\">"
                + "動画を読み込んでいます…</p></div>", content.html());
        assertEquals("Japanese", video.present(context(settings(90), Locale.ENGLISH), List.of()).data()
                .getJsonArray("subtitles").getJsonObject(0).getString("label"), "an unlabelled track is named in the learner's language");
    }

    @Test
    void anExternalVideoIsLinkedDirectly() {
        JsonObject settings = Json.createObjectBuilder()
                .add("source", Json.createObjectBuilder().add("url", "https://cdn.example.jp/archive/2026-12-01.mp4"))
                .add("durationSeconds", 3540).build();
        var data = video.present(context(settings, Locale.ENGLISH), List.of()).data();
        assertEquals("https://cdn.example.jp/archive/2026-12-01.mp4", data.getJsonObject("source").getString("href"));
        assertEquals(90, data.getInt("completionPercent"), "the default");
        assertEquals(0, data.getJsonNumber("resumeSeconds").doubleValue());
        assertEquals(0, data.getJsonArray("subtitles").size());
    }

    @Test
    void goodSettingsAreAcceptedAndReadBack() throws InvalidSettingsException {
        assertDoesNotThrow(() -> video.validateSettings(settings(80)));
        var read = VideoSettings.from(settings(80));
        assertEquals(new VideoSettings.StoredFile(FILE_ID), read.source());
        assertEquals(2, read.subtitles().size());
        assertEquals(read, VideoSettings.from(read.toJson()));
        var url = VideoSettings.from(Json.createObjectBuilder()
                .add("source", Json.createObjectBuilder().add("url", "https://cdn.example.jp/a.webm"))
                .add("durationSeconds", 59.5).build());
        assertEquals(new VideoSettings.ExternalUrl(URI.create("https://cdn.example.jp/a.webm")), url.source());
        assertEquals(url, VideoSettings.from(url.toJson()));
    }

    @Test
    void everySettingsProblemIsListedAtOnce() {
        JsonObject bad = Json.createObjectBuilder()
                .add("source", Json.createObjectBuilder().add("file", "../../etc/passwd"))
                .add("durationSeconds", -1)
                .add("subtitles", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("lang", "日本語").add("file", "a"))
                        .add(Json.createObjectBuilder().add("lang", "ja").add("file", "b"))
                        .add(Json.createObjectBuilder().add("lang", "ja").add("file", "c").add("colour", "red"))
                        .add("ja"))
                .add("completionPercent", 150)
                .add("autoplay", true)
                .build();
        var e = assertThrows(InvalidSettingsException.class, () -> video.validateSettings(bad));
        assertEquals(List.of(
                "source.file: a stored file id (letters, digits, '-' or '_', at most 64)",
                "durationSeconds: required, a number of seconds above 0 and at most 86400",
                "subtitles[0].lang: a language code such as \"ja\" or \"en\"",
                "subtitles[2].lang: \"ja\" appears twice",
                "subtitles[2].colour: unknown setting",
                "subtitles[3]: {\"lang\": \"ja\", \"file\": \"<stored file id>\"}",
                "completionPercent: a whole number from 1 to 100",
                "autoplay: unknown setting"), e.problems());
    }

    @Test
    void aVideoUrlMustBeAnHttpsFileNotAPageOrAnAddressWithAPassword() {
        for (String url : new String[] {"http://cdn.example.jp/a.mp4", "https://www.youtube.com/watch?v=abc",
                "https://youtu.be/abc", "https://user:secret@cdn.example.jp/a.mp4", "javascript:alert(1)", "https://"}) {
            JsonObject s = Json.createObjectBuilder().add("source", Json.createObjectBuilder().add("url", url))
                    .add("durationSeconds", 60).build();
            var e = assertThrows(InvalidSettingsException.class, () -> video.validateSettings(s), url);
            assertEquals(1, e.problems().size(), e.problems().toString());
            assertTrue(e.problems().get(0).startsWith("source.url: "), e.problems().toString());
        }
        JsonObject both = Json.createObjectBuilder().add("source", Json.createObjectBuilder().add("url", "https://a.jp/a.mp4")
                .add("file", FILE_ID)).add("durationSeconds", 60).build();
        assertEquals(List.of("source: exactly one of \"file\" or \"url\""),
                assertThrows(InvalidSettingsException.class, () -> video.validateSettings(both)).problems());
    }

    @Test
    void onlyPlayReportsMayComeFromTheLearnersPage() {
        assertEquals(Set.of("played"), video.acceptedEvents());
        assertEquals("video", video.descriptor().id());
    }
}
