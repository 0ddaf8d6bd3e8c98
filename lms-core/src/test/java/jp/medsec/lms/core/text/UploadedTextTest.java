package jp.medsec.lms.core.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UploadedTextTest {

    private static final String TEXT = "名前,メールアドレス\n看護 花子,hanako@example.jp\n";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void excelsShiftJisIsRecognisedWithoutAsking() {
        var decoded = UploadedText.decode(TEXT.getBytes(UploadedText.SHIFT_JIS));
        assertEquals("Shift_JIS", decoded.encoding());
        assertEquals(TEXT, decoded.text());
    }

    @Test
    void aByteOrderMarkDecidesAndIsNotPartOfTheText() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(new UploadedText.Decoded(TEXT, "UTF-8 (BOM)"), UploadedText.decode(utf8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(new UploadedText.Decoded(TEXT, "UTF-16LE (BOM)"), UploadedText.decode(utf16));
        assertEquals(new UploadedText.Decoded(TEXT, "UTF-8"), UploadedText.decode(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fullWidthInputBecomesPlain() {
        assertEquals("HANAKO@EXAMPLE.JP (分)", UploadedText.normalise("ＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＪＰ　（分）"));
    }
}
