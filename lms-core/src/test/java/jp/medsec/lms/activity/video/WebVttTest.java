package jp.medsec.lms.activity.video;

import jp.medsec.lms.activity.video.WebVtt.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebVttTest {

    private static WebVtt.Result check(String text) {
        return WebVtt.check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTypicalFileWithCommentsStylesIdentifiersAndHoursIsAccepted() {
        var result = check("""
                WEBVTT - 医療情報セキュリティ研修 第1回

                STYLE
                ::cue { color: yellow; }

                NOTE 字幕は講師の発言を要約しています

                intro
                00:00.000 --> 00:04.500
                本日はランサムウェア対策についてお話しします。

                00:04.500 --> 00:09.000 line:90% align:center
                まず、<b>バックアップ</b>の考え方です。
                二行目もあります。

                01:00:00.000 --> 01:00:03.000
                以上です。
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(3, result.cues());
        assertTrue(result.valid());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreFine() {
        byte[] text = "\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nこんにちは\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(new WebVtt.Result(1, List.of()), WebVtt.check(text));
    }

    @Test
    void anSrtFileIsRecognisedAndTheTrainerToldHowToConvertIt() {
        var result = check("1\n00:00:01,000 --> 00:00:04,000\nこんにちは\n");
        assertEquals(List.of(new Problem(1, "video.vtt.srt")), result.problems());
        assertTrue(result.problems().get(0).message(Locale.JAPANESE).contains("WebVTT形式に変換"));
        assertEquals(List.of(new Problem(1, "video.vtt.no-header")), check("WEBVTTX\n\n00:01.000 --> 00:02.000\nx\n").problems());
    }

    @Test
    void everyBadCueIsReportedWithItsLine() {
        var result = check("""
                WEBVTT

                00:01.000 --> 00:03.000
                一つ目

                00:02.000 --> 00:01.000
                終了が開始より前

                00:00.500 --> 00:00.900
                順番が前後

                00:61.000 --> 00:62.000
                秒が60以上

                00:00:10,000 --> 00:00:11,000
                SRTの書き方

                キューの識別子だけ
                時刻がない

                00:20.000 --> 00:21.000
                空行を忘れた
                00:21.000 --> 00:22.000
                次の字幕
                """);
        assertEquals(List.of(
                new Problem(6, "video.vtt.end-not-after-start"),
                new Problem(9, "video.vtt.out-of-order"),
                new Problem(12, "video.vtt.bad-timing"),
                new Problem(15, "video.vtt.comma-decimal"),
                new Problem(19, "video.vtt.missing-timing"),
                new Problem(23, "video.vtt.missing-blank-line")), result.problems());
        assertEquals("12行目: 表示時刻の書式が正しくありません(例: 00:01:02.500 --> 00:01:05.000)。分と秒は59まで、ミリ秒は3桁です。",
                result.problems().get(2).message(Locale.JAPANESE));
        assertEquals("Line 6: The cue ends before or when it starts.", result.problems().get(0).message(Locale.ENGLISH));
    }

    @Test
    void aShiftJisFileIsRefusedWithTheLineOfTheFirstBadByte() {
        byte[] sjis = "WEBVTT\n\n00:01.000 --> 00:02.000\nこんにちは\n".getBytes(Charset.forName("windows-31j"));
        assertEquals(List.of(new Problem(4, "video.vtt.not-utf8")), WebVtt.check(sjis).problems());
    }

    @Test
    void anEmptyOrHugeFileIsRefused() {
        assertEquals(List.of(new Problem(0, "video.vtt.no-cues")), check("WEBVTT\n\nNOTE nothing yet\n").problems());
        assertEquals(List.of(new Problem(1, "video.vtt.no-header")), check("").problems());
        byte[] huge = new byte[WebVtt.MAX_BYTES + 1];
        assertEquals(List.of(new Problem(0, "video.vtt.too-large")), WebVtt.check(huge).problems());
        assertEquals("The subtitle file is too large (at most 512 KB).",
                WebVtt.check(huge).problems().get(0).message(Locale.ENGLISH));
    }

    @Test
    void aCommentMustNotContainAnArrow() {
        assertEquals(List.of(new Problem(3, "video.vtt.arrow-in-note")),
                check("WEBVTT\n\nNOTE a --> b\n\n00:01.000 --> 00:02.000\nx\n").problems());
    }
}
