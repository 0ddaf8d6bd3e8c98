package jp.medsec.lms.activity.page;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageActivityTypeTest {

    private static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");
    private final PageActivityType page = new PageActivityType();

    private static ActivityContext context(int minSeconds, Instant now, Locale locale) {
        JsonObject settings = Json.createObjectBuilder().add("markdown", "## 見出し\n本文").add("minReadingSeconds", minSeconds).build();
        return new ActivityContext("a1", settings, locale, now);
    }

    private static LearnerEvent event(String type, Instant at) {
        return new LearnerEvent(type, at, JsonValue.EMPTY_JSON_OBJECT);
    }

    @Test
    void completesWhenMarkedDoneWithoutMinimumTime() {
        var decision = page.decide(context(0, T0, Locale.JAPANESE), List.of(event("marked-done", T0)));
        assertTrue(decision.complete());
        assertEquals("このページを学習完了にしました。", decision.reason());
    }

    @Test
    void viewingAloneDoesNotComplete() {
        assertFalse(page.decide(context(0, T0, Locale.JAPANESE), List.of(event("viewed", T0))).complete());
    }

    @Test
    void markingDoneBeforeTheMinimumReadingTimeDoesNotComplete() {
        var decision = page.decide(context(30, T0.plusSeconds(10), Locale.JAPANESE),
                List.of(event("viewed", T0), event("marked-done", T0.plusSeconds(10))));
        assertFalse(decision.complete());
        assertTrue(decision.reason().contains("30秒") && decision.reason().contains("20秒"), decision.reason());
    }

    @Test
    void markingDoneAfterTheMinimumReadingTimeCompletes() {
        var decision = page.decide(context(30, T0.plusSeconds(31), Locale.ENGLISH),
                List.of(event("viewed", T0), event("marked-done", T0.plusSeconds(5)), event("marked-done", T0.plusSeconds(31))));
        assertTrue(decision.complete());
        assertEquals("You marked this page as done.", decision.reason());
    }

    @Test
    void theFirstViewCountsSoReopeningDoesNotRestartTheClock() {
        var decision = page.decide(context(30, T0.plusSeconds(40), Locale.JAPANESE),
                List.of(event("viewed", T0), event("viewed", T0.plusSeconds(35)), event("marked-done", T0.plusSeconds(40))));
        assertTrue(decision.complete());
    }

    @Test
    void markingDoneWithoutOpeningThePageDoesNotCompleteWhenTimeIsRequired() {
        assertFalse(page.decide(context(30, T0, Locale.JAPANESE), List.of(event("marked-done", T0))).complete());
    }

    @Test
    void theRemainingReadingTimeCountsFromTheFirstViewSoAReloadDoesNotRestartIt() {
        var data = page.present(context(30, T0.plusSeconds(20), Locale.JAPANESE),
                List.of(event("viewed", T0), event("viewed", T0.plusSeconds(15)))).data();
        assertEquals(30, data.getInt("minReadingSeconds"));
        assertEquals(10, data.getInt("secondsRemaining"));
        assertEquals(30, page.present(context(30, T0, Locale.JAPANESE), List.of()).data().getInt("secondsRemaining"));
        assertEquals(0, page.present(context(30, T0.plusSeconds(99), Locale.JAPANESE), List.of(event("viewed", T0))).data()
                .getInt("secondsRemaining"));
    }

    @Test
    void settingsAreCheckedAndEveryProblemIsListed() {
        JsonObject bad = Json.createObjectBuilder().add("minReadingSeconds", -1).add("colour", "red").build();
        var e = assertThrows(InvalidSettingsException.class, () -> page.validateSettings(bad));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertDoesNotThrow(() -> page.validateSettings(Json.createObjectBuilder().add("markdown", "x").build()));
    }

    @Test
    void rawHtmlAndScriptUrlsInMarkdownComeOutInert() {
        String markdown = "<script>alert(1)</script>\n\n[click](javascript:alert(2))\n\n<img src=x onerror=alert(3)>\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n[MHLW](https://www.mhlw.go.jp/)";
        JsonObject settings = Json.createObjectBuilder().add("markdown", markdown).build();
        String html = page.present(new ActivityContext("a", settings, Locale.JAPANESE, T0), List.of()).html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("href=\"https://www.mhlw.go.jp/\"") && html.contains("rel=\"noopener noreferrer\""), html);
    }
}
