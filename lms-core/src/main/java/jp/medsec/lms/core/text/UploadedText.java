package jp.medsec.lms.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns an uploaded file's bytes into text without asking the user which encoding they saved it in: a BOM
 * decides (UTF-8, UTF-16 LE/BE as Teams and Excel's "Unicode text" write), else bytes that are valid UTF-8 are
 * UTF-8, else the file is Shift_JIS (Windows-31J, the encoding Excel in Japan saves CSV in). Shift_JIS text is
 * almost never valid UTF-8, so the guess is safe in practice.
 */
public final class UploadedText {

    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private UploadedText() {
    }

    /** The text (without its BOM) and a name of the encoding found, to show in an import report. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, SHIFT_JIS), "Shift_JIS");
        }
    }

    /**
     * Strict UTF-8 (a leading BOM dropped), for formats that are UTF-8 by definition (GIFT, WebVTT): the text, or
     * the line of the first byte that is not UTF-8, so the person can find it.
     */
    public static Utf8 strictUtf8(byte[] bytes) {
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (decoder.decode(in, out, true).isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Utf8(null, line);
        }
        decoder.flush(out);
        return new Utf8(out.flip().toString(), 0);
    }

    /** {@code text}, or null with {@code badLine} (1-based) when the bytes are not UTF-8. */
    public record Utf8(String text, int badLine) {
        public boolean ok() {
            return text != null;
        }
    }

    /**
     * NFKC: the full-width letters, digits, "＠" and "（）" that Japanese users type become the plain ones, so
     * {@code ＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＪＰ} and {@code hanako@example.jp} are the same address.
     */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
