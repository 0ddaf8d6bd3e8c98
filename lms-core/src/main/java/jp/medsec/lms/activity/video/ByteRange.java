package jp.medsec.lms.activity.video;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to send for an HTTP {@code Range} request header (RFC 9110 §14), so the video player can seek without
 * downloading the file up to that point. The web layer answers:
 * <ul>
 *   <li>{@link Whole}: 200 with the whole file (no header, a header we ignore, or one asking for everything
 *       in several pieces);</li>
 *   <li>{@link Part}: 206 Partial Content with {@code Content-Range: }{@link Part#contentRange()} and
 *       {@code Content-Length: }{@link Part#length()};</li>
 *   <li>{@link Unsatisfiable}: 416 Range Not Satisfiable with {@code Content-Range: }
 *       {@link Unsatisfiable#contentRange()}.</li>
 * </ul>
 * Always with {@code Accept-Ranges: bytes}. Only single ranges are served: browsers' media players ask for one;
 * a multi-range request gets the whole file, which RFC 9110 allows (a server may ignore Range). A header that is not
 * valid {@code bytes=} syntax is ignored as well, as the RFC requires. {@code If-Range} is the web layer's to check
 * (ignore Range when the validator does not match).
 */
public final class ByteRange {

    /** {@code bytes=first-[last]} or {@code bytes=-suffix}; the unit is case-insensitive, spaces around are allowed. */
    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(?:(\\d+)\\s*-\\s*(\\d*)|-\\s*(\\d+))\\s*",
            Pattern.CASE_INSENSITIVE);

    private ByteRange() {
    }

    /** What to answer. */
    public sealed interface Result permits Whole, Part, Unsatisfiable {
    }

    /** Send the whole representation, {@code total} bytes, with 200. */
    public record Whole(long total) implements Result {
    }

    /** Send bytes {@code first} to {@code last} inclusive of {@code total}, with 206. */
    public record Part(long first, long last, long total) implements Result {

        public Part {
            if (first < 0 || last < first || last >= total) {
                throw new IllegalArgumentException("Not a range of " + total + " bytes: " + first + "-" + last);
            }
        }

        public long length() {
            return last - first + 1;
        }

        public String contentRange() {
            return "bytes " + first + "-" + last + "/" + total;
        }
    }

    /** Nothing of the {@code total} bytes was asked for: 416. */
    public record Unsatisfiable(long total) implements Result {

        public String contentRange() {
            return "bytes */" + total;
        }
    }

    /**
     * Decides the answer to a {@code Range} header (null when absent) for a representation of {@code total} bytes.
     */
    public static Result parse(String header, long total) {
        if (total < 0) {
            throw new IllegalArgumentException("A length cannot be negative: " + total);
        }
        if (header == null || header.length() > 200) {
            return new Whole(total);
        }
        Matcher m = SINGLE.matcher(header);
        if (!m.matches()) {
            // Several ranges, another unit or bad syntax: all may be ignored (RFC 9110 §14.2).
            return new Whole(total);
        }
        if (m.group(3) != null) {
            long suffix = number(m.group(3));
            if (suffix == 0 || total == 0) {
                return new Unsatisfiable(total);
            }
            return new Part(Math.max(0, total - suffix), total - 1, total);
        }
        long first = number(m.group(1));
        long last = m.group(2).isEmpty() ? Long.MAX_VALUE : number(m.group(2));
        if (last < first) {
            return new Whole(total); // "bytes=500-100" is invalid syntax, so ignored
        }
        if (first >= total) {
            return new Unsatisfiable(total);
        }
        return new Part(first, Math.min(last, total - 1), total);
    }

    /** A decimal that may exceed a long ("bytes=0-99999999999999999999"): such a value is beyond any file. */
    private static long number(String digits) {
        String d = digits.replaceFirst("^0+(?=\\d)", "");
        return d.length() > 18 ? Long.MAX_VALUE : Long.parseLong(d);
    }
}
