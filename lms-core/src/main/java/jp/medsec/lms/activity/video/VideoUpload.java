package jp.medsec.lms.activity.video;

import jp.medsec.lms.activity.Messages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks on an uploaded video and the names it is stored under. Pure functions: the web layer streams the upload
 * to a temporary file, passes its first {@link #SNIFF_BYTES} bytes and its size here, and moves it to
 * {@link #locate} only when accepted.
 * <p>
 * The type is decided by the file's first bytes, never by its name or the browser's Content-Type (both are the
 * uploader's say): MP4 (an ISO base media {@code ftyp} box with an MP4 brand) or WebM (an EBML header whose DocType
 * is {@code webm}), the two containers every browser plays. QuickTime {@code .mov} and Matroska {@code .mkv} are
 * refused with a message saying so, since they look like video but do not play everywhere.
 * <p>
 * Stored files are named by a random id the server chose plus an extension from the detected type, in a directory
 * outside the web root; the uploader's file name is kept only as a display name, cleaned by {@link #displayName}.
 */
public final class VideoUpload {

    /** Bytes of the file's start that {@link #check} needs (the ftyp box or EBML header lies within them). */
    public static final int SNIFF_BYTES = 4096;
    /** The limit when the server's configuration sets none: 2 GiB, about two hours of 1080p lecture video. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;
    /** A stored file's id: what settings hold, safe as a single path segment (no dots, no separators). */
    public static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private static final Pattern STORED_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\.(mp4|webm|vtt)");
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
            "mp42", "avc1", "M4V ", "M4VH", "M4VP", "dash", "mmp4", "MSNV", "f4v ");
    private static final Messages MESSAGES = Messages.of(VideoUpload.class);
    private static final int MAX_DISPLAY_NAME = 100;

    private VideoUpload() {
    }

    /** A container browsers play, with the Content-Type to serve it with and the extension to store it under. */
    public enum Container {
        MP4("video/mp4", "mp4"), WEBM("video/webm", "webm");

        private final String mediaType;
        private final String extension;

        Container(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** Why an upload is refused: a stable code and, for a size problem, the limit in bytes. */
    public record Problem(String code, long limitBytes) {

        public Problem(String code) {
            this(code, 0);
        }

        /** The text for the uploader, in their language. */
        public String message(Locale locale) {
            return MESSAGES.text(locale, code, limitBytes / (1024 * 1024));
        }
    }

    /** The outcome: the container when accepted, else every problem found. */
    public record Checked(Optional<Container> container, List<Problem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks an upload by its first bytes ({@code head}, at least {@link #SNIFF_BYTES} of them when the file is that
     * long) and its full size against the configured limit.
     */
    public static Checked check(byte[] head, long sizeBytes, long maxBytes) {
        Objects.requireNonNull(head, "head");
        List<Problem> problems = new ArrayList<>();
        if (sizeBytes <= 0) {
            return new Checked(Optional.empty(), List.of(new Problem("video.upload.empty")));
        }
        if (sizeBytes > maxBytes) {
            problems.add(new Problem("video.upload.too-large", maxBytes));
        }
        Sniffed sniffed = sniff(head);
        if (sniffed.container().isEmpty()) {
            problems.add(new Problem(sniffed.refusal()));
        }
        return new Checked(problems.isEmpty() ? sniffed.container() : Optional.empty(), problems);
    }

    /** The container the bytes are, when one browsers play. */
    public static Optional<Container> detect(byte[] head) {
        return sniff(head).container();
    }

    private record Sniffed(Optional<Container> container, String refusal) {
    }

    private static Sniffed sniff(byte[] head) {
        if (head.length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            return mp4(head);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return ebml(head);
        }
        return new Sniffed(Optional.empty(), "video.upload.unknown-type");
    }

    /** ISO base media: box size, "ftyp", major brand, minor version, then compatible brands to the box's end. */
    private static Sniffed mp4(byte[] head) {
        long boxSize = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8) | (head[3] & 0xFFL);
        if (boxSize < 16) {
            return new Sniffed(Optional.empty(), "video.upload.unknown-type");
        }
        List<String> brands = new ArrayList<>();
        brands.add(ascii(head, 8, 4));
        for (int at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) {
            brands.add(ascii(head, at, 4));
        }
        if (brands.stream().anyMatch(MP4_BRANDS::contains)) {
            return new Sniffed(Optional.of(Container.MP4), null);
        }
        return new Sniffed(Optional.empty(), "qt  ".equals(brands.get(0)) ? "video.upload.quicktime" : "video.upload.unknown-type");
    }

    /** EBML: the header element's children include DocType (id 0x4282): "webm", or "matroska" for .mkv. */
    private static Sniffed ebml(byte[] head) {
        int[] pos = {4};
        long headerSize = vint(head, pos, false);
        if (headerSize < 0) {
            return new Sniffed(Optional.empty(), "video.upload.unknown-type");
        }
        long end = Math.min(head.length, pos[0] + headerSize);
        while (pos[0] < end) {
            long id = vint(head, pos, true);
            long size = vint(head, pos, false);
            if (id < 0 || size < 0 || pos[0] + size > end) {
                break;
            }
            if (id == 0x4282) {
                String docType = new String(head, pos[0], (int) size, StandardCharsets.US_ASCII).replace("\0", "");
                if ("webm".equals(docType)) {
                    return new Sniffed(Optional.of(Container.WEBM), null);
                }
                return new Sniffed(Optional.empty(), "matroska".equals(docType) ? "video.upload.matroska"
                        : "video.upload.unknown-type");
            }
            pos[0] += (int) size;
        }
        return new Sniffed(Optional.empty(), "video.upload.unknown-type");
    }

    /**
     * An EBML variable-length integer at {@code pos[0]}, advancing it: the count of leading zero bits of the first
     * byte gives the length. Ids keep their marker bit (0x4282 is written 42 82); sizes drop it. -1 when malformed.
     */
    private static long vint(byte[] bytes, int[] pos, boolean keepMarker) {
        if (pos[0] >= bytes.length) {
            return -1;
        }
        int first = bytes[pos[0]] & 0xFF;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > 8 || pos[0] + length > bytes.length) {
            return -1;
        }
        long value = keepMarker ? first : first & (0xFF >> length);
        for (int i = 1; i < length; i++) {
            value = (value << 8) | (bytes[pos[0] + i] & 0xFF);
        }
        pos[0] += length;
        return value;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    /** The name a video is stored under: the server's id and the detected type's extension ({@code <id>.mp4}). */
    public static String storedName(String fileId, Container container) {
        return stored(fileId, container.extension());
    }

    /** The name a WebVTT subtitle file is stored under: {@code <id>.vtt}. */
    public static String storedSubtitleName(String fileId) {
        return stored(fileId, "vtt");
    }

    private static String stored(String fileId, String extension) {
        if (fileId == null || !FILE_ID.matcher(fileId).matches()) {
            throw new IllegalArgumentException("Not a stored file id: " + fileId);
        }
        return fileId + "." + extension;
    }

    /**
     * The path of a stored file inside the storage directory. Refuses any name {@link #storedName} could not have
     * made, so a name from a database or URL can never reach outside the directory ({@code ../}, absolute paths).
     */
    public static Path locate(Path storageRoot, String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored file name: " + storedName);
        }
        Path root = storageRoot.toAbsolutePath().normalize();
        Path file = root.resolve(storedName).normalize();
        if (!root.equals(file.getParent())) {
            throw new IllegalArgumentException("Outside the storage directory: " + storedName);
        }
        return file;
    }

    /**
     * The uploader's file name, cleaned for showing and for a download's Content-Disposition: the last path segment
     * only (browsers on Windows send {@code C:\fakepath\...}), NFC, without control or bidirectional-override
     * characters (U+202E can disguise {@code exe.mp4} as {@code 4pm.exe}), without characters Windows refuses in file
     * names, at most 100 characters; {@code video} when nothing is left.
     */
    public static String displayName(String uploadedName) {
        if (uploadedName == null) {
            return "video";
        }
        String name = uploadedName.substring(Math.max(uploadedName.lastIndexOf('/'), uploadedName.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                return;
            }
            clean.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp);
        });
        String result = clean.toString().strip().replaceAll("[. ]+$", "").replaceAll("^\\.+", "");
        if (result.codePointCount(0, result.length()) > MAX_DISPLAY_NAME) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_DISPLAY_NAME));
        }
        return result.isBlank() ? "video" : result;
    }
}
