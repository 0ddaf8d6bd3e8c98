package jp.medsec.lms.activity.video;

import jp.medsec.lms.activity.video.ByteRange.Part;
import jp.medsec.lms.activity.video.ByteRange.Unsatisfiable;
import jp.medsec.lms.activity.video.ByteRange.Whole;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ByteRangeTest {

    private static final long SIZE = 10_000;

    @Test
    void noHeaderMeansTheWholeFile() {
        assertEquals(new Whole(SIZE), ByteRange.parse(null, SIZE));
    }

    @Test
    void aClosedRangeGives206WithItsContentRangeAndLength() {
        var part = (Part) ByteRange.parse("bytes=0-499", SIZE);
        assertEquals("bytes 0-499/10000", part.contentRange());
        assertEquals(500, part.length());
        assertEquals(new Part(0, 0, SIZE), ByteRange.parse("Bytes = 0-0", SIZE), "unit is case-insensitive");
    }

    @Test
    void theOpenRangeABrowserSendsFirstAndWhenSeeking() {
        assertEquals(new Part(0, 9_999, SIZE), ByteRange.parse("bytes=0-", SIZE));
        assertEquals("bytes 9500-9999/10000", ((Part) ByteRange.parse("bytes=9500-", SIZE)).contentRange());
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        assertEquals(new Part(9_500, 9_999, SIZE), ByteRange.parse("bytes=-500", SIZE));
        assertEquals(new Part(0, 9_999, SIZE), ByteRange.parse("bytes=-20000", SIZE), "more than the file: all of it");
    }

    @Test
    void anEndPastTheFileIsClampedEvenWhenItOverflowsALong() {
        assertEquals(new Part(100, 9_999, SIZE), ByteRange.parse("bytes=100-20000", SIZE));
        assertEquals(new Part(100, 9_999, SIZE), ByteRange.parse("bytes=100-99999999999999999999999", SIZE));
    }

    @Test
    void aStartPastTheEndIsUnsatisfiable416() {
        var answer = (Unsatisfiable) ByteRange.parse("bytes=10000-", SIZE);
        assertEquals("bytes */10000", answer.contentRange());
        assertEquals(new Unsatisfiable(SIZE), ByteRange.parse("bytes=99999999999999999999-", SIZE));
        assertEquals(new Unsatisfiable(SIZE), ByteRange.parse("bytes=-0", SIZE));
        assertEquals(new Unsatisfiable(0), ByteRange.parse("bytes=0-", 0), "an empty file has no bytes to give");
    }

    @Test
    void invalidOrMultipleRangesAreIgnoredAndTheWholeFileSent() {
        for (String header : new String[] {"bytes=500-100", "items=0-10", "bytes=", "bytes=a-b", "bytes=0-1,5-6",
                "bytes=-", "0-100", "bytes=1-2-3", "x".repeat(500)}) {
            assertEquals(new Whole(SIZE), ByteRange.parse(header, SIZE), header);
        }
    }

    @Test
    void aPartMustLieInsideTheFile() {
        assertThrows(IllegalArgumentException.class, () -> new Part(5, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> ByteRange.parse("bytes=0-1", -1));
    }
}
