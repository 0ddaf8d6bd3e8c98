package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BitstringStatusListTest {

    @Test
    void theSpecificationsExampleListDecodesToSixteenKibibytesOfClearBits() {
        // encodedList of the status list credential example in W3C Bitstring Status List v1.0.
        BitstringStatusList list = BitstringStatusList.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");
        assertEquals(131_072, list.size());
        assertTrue(IntStream.range(0, list.size()).noneMatch(list::isSet));
    }

    @Test
    void indexZeroIsTheFirstBytesMostSignificantBit() throws IOException {
        byte[] bits = new byte[16_384];
        bits[0] = (byte) 0b1000_0001;
        bits[1] = (byte) 0b0100_0000;
        BitstringStatusList list = BitstringStatusList.decode("u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));
        assertTrue(list.isSet(0));
        assertTrue(list.isSet(7));
        assertTrue(list.isSet(9));
        assertFalse(list.isSet(1));
        assertFalse(list.isSet(8));
    }

    @Test
    void revokedIndexesSurviveEncoding() {
        BitstringStatusList list = BitstringStatusList.decode(BitstringStatusList.withRevoked(List.of(0, 123, 131_071)).encode());
        assertEquals(List.of(0, 123, 131_071), IntStream.range(0, list.size()).filter(list::isSet).boxed().toList());
        assertThrows(IndexOutOfBoundsException.class, () -> list.isSet(131_072));
    }

    @Test
    void listsSmallerThanTheMinimumOrNotGzipAreRefused() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.withRevoked(1024, List.of()));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.withRevoked(List.of(131_072)));
        String small = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[1024]));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(small));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("uAAAA"));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("zAAAA"));
    }

    @Test
    void aCompressedBombIsRefusedBeforeItFillsMemory() throws IOException {
        String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[17 * 1024 * 1024]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(bomb));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
