package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import com.apicatalog.multibase.Multibase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The revocation bits of a W3C Bitstring Status List: bit {@code i} set means the credential with status list index
 * {@code i} is revoked. Index 0 is the most significant bit of the first byte, as the specification orders them. A list
 * has at least {@value #MINIMUM_SIZE} bits (16 KiB), the specification's minimum, so that one revocation hides among
 * many entries (herd privacy).
 */
public final class BitstringStatusList {

    public static final int MINIMUM_SIZE = 131_072;
    // Upper bound when decoding someone else's list, so a small gzip bomb cannot exhaust memory (128 Mi entries).
    private static final int MAXIMUM_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    /** A list of the minimum size with the given indexes revoked. */
    public static BitstringStatusList withRevoked(Collection<Integer> revokedIndexes) {
        return withRevoked(MINIMUM_SIZE, revokedIndexes);
    }

    /** A list of {@code size} bits (a multiple of 8, at least {@value #MINIMUM_SIZE}) with the given indexes revoked. */
    public static BitstringStatusList withRevoked(int size, Collection<Integer> revokedIndexes) {
        if (size < MINIMUM_SIZE || size % 8 != 0 || size / 8 > MAXIMUM_BYTES) {
            throw new IllegalArgumentException("A status list has a multiple of 8 bits, at least " + MINIMUM_SIZE + ": " + size);
        }
        byte[] bits = new byte[size / 8];
        for (int index : revokedIndexes) {
            if (index < 0 || index >= size) {
                throw new IllegalArgumentException("Status list index " + index + " is outside a list of " + size);
            }
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        return new BitstringStatusList(bits);
    }

    public int size() {
        return bits.length * 8;
    }

    /** Whether the bit at {@code index} is set; an index outside the list is an error, not "not revoked". */
    public boolean isSet(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("Status list index " + index + " is outside a list of " + size());
        }
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    /** The {@code encodedList} value: GZIP, then base64url without padding, as multibase (prefix {@code u}). */
    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Multibase.BASE_64_URL.encode(out.toByteArray());
    }

    /** Reads an {@code encodedList}; fails with {@link IllegalArgumentException} on anything that is not one. */
    public static BitstringStatusList decode(String encodedList) {
        if (encodedList == null || !Multibase.BASE_64_URL.isEncoded(encodedList)) {
            throw new IllegalArgumentException("An encodedList is multibase base64url (prefix u)");
        }
        byte[] compressed = Multibase.BASE_64_URL.decode(encodedList);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAXIMUM_BYTES + 1);
            if (bits.length > MAXIMUM_BYTES) {
                throw new IllegalArgumentException("The status list is larger than " + MAXIMUM_BYTES + " bytes");
            }
            if (bits.length * 8 < MINIMUM_SIZE) {
                throw new IllegalArgumentException("The status list has " + bits.length * 8 + " entries, fewer than " + MINIMUM_SIZE);
            }
            return new BitstringStatusList(bits);
        } catch (IOException e) {
            throw new IllegalArgumentException("The encodedList is not GZIP-compressed: " + e.getMessage(), e);
        }
    }
}
