package jp.medsec.lms.activity.video;

import jp.medsec.lms.core.text.UploadedText;

import jp.medsec.lms.activity.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an uploaded WebVTT subtitle file before it is stored, so a trainer learns at upload, with line numbers,
 * why subtitles would not show, instead of learners seeing none. Checked: size (at most {@link #MAX_BYTES}),
 * UTF-8 (the only encoding WebVTT allows; a BOM is fine), the {@code WEBVTT} first line, every cue's timing line
 * ({@code [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt [settings]}, minutes and seconds below 60, end after start), cues in
 * order of start time, and a blank line between cues. An SRT file (the common mistake) is recognised and named.
 * Cue text and settings are not checked: browsers ignore what they do not understand there.
 */
public final class WebVtt {

    /** 512 KiB: hours of subtitles; anything larger is not a subtitle file. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final Messages MESSAGES = Messages.of(WebVtt.class);
    private static final String ARROW = "-->";
    private static final Pattern TIMESTAMP = Pattern.compile("(?:(\\d{2,}):)?(\\d{2}):(\\d{2})\\.(\\d{3})");
    private static final Pattern TIMING = Pattern.compile("(\\S+)[ \\t]+-->[ \\t]+(\\S+)(?:[ \\t].*)?");
    private static final Pattern SRT_TIMING = Pattern.compile("\\d{2}:\\d{2}:\\d{2},\\d{3}\\s+-->\\s+\\d{2}:\\d{2}:\\d{2},\\d{3}.*");

    private WebVtt() {
    }

    /** A problem on a line (1 is the first; 0 for the file as a whole) with a stable code. */
    public record Problem(int line, String code) {

        /** "12行目: ..." / "Line 12: ...", for the trainer. */
        public String message(Locale locale) {
            String text = MESSAGES.text(locale, code);
            return line > 0 ? MESSAGES.text(locale, "video.vtt.at-line", line, text) : text;
        }
    }

    /** How many cues were read, and every problem found. */
    public record Result(int cues, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Result check(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return new Result(0, List.of(new Problem(0, "video.vtt.too-large")));
        }
        UploadedText.Utf8 decoded = UploadedText.strictUtf8(bytes);
        if (!decoded.ok()) {
            return new Result(0, List.of(new Problem(decoded.badLine(), "video.vtt.not-utf8")));
        }
        String text = decoded.text();
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Problem> problems = new ArrayList<>();
        if (!header(lines[0])) {
            boolean srt = lines.length > 1 && lines[0].strip().matches("\\d+") && SRT_TIMING.matcher(lines[1].strip()).matches();
            return new Result(0, List.of(new Problem(1, srt ? "video.vtt.srt" : "video.vtt.no-header")));
        }
        int i = 1;
        // The header's own lines (rare) run to the first blank line, unless a cue follows directly.
        while (i < lines.length && !lines[i].isEmpty() && !lines[i].contains(ARROW)) {
            i++;
        }
        int cues = 0;
        long previousStart = -1;
        while (i < lines.length) {
            if (lines[i].isEmpty()) {
                i++;
                continue;
            }
            int blockStart = i;
            int blockEnd = i;
            while (blockEnd < lines.length && !lines[blockEnd].isEmpty()) {
                blockEnd++;
            }
            String first = lines[blockStart];
            boolean note = first.equals("NOTE") || first.startsWith("NOTE ") || first.startsWith("NOTE\t");
            // Style and region definitions may come before the first cue; their contents are the browser's business.
            boolean definition = cues == 0 && (first.equals("STYLE") || first.equals("REGION"));
            if (note) {
                for (int k = blockStart; k < blockEnd; k++) {
                    if (lines[k].contains(ARROW)) {
                        problems.add(new Problem(k + 1, "video.vtt.arrow-in-note"));
                    }
                }
            } else if (!definition) {
                int timingIndex = first.contains(ARROW) ? blockStart : blockStart + 1;
                if (timingIndex >= blockEnd || !lines[timingIndex].contains(ARROW)) {
                    problems.add(new Problem(Math.min(timingIndex, blockEnd - 1) + 1, "video.vtt.missing-timing"));
                } else {
                    long start = timing(lines[timingIndex], timingIndex + 1, previousStart, problems);
                    if (start >= 0) {
                        previousStart = start;
                    }
                    cues++;
                    for (int k = timingIndex + 1; k < blockEnd; k++) {
                        if (lines[k].contains(ARROW)) {
                            // Almost always two cues without the blank line that separates them.
                            problems.add(new Problem(k + 1, "video.vtt.missing-blank-line"));
                        }
                    }
                }
            }
            i = blockEnd;
        }
        if (cues == 0 && problems.isEmpty()) {
            problems.add(new Problem(0, "video.vtt.no-cues"));
        }
        return new Result(cues, problems);
    }

    private static boolean header(String line) {
        return line.equals("WEBVTT") || line.startsWith("WEBVTT ") || line.startsWith("WEBVTT\t");
    }

    /** Checks a timing line; answers the cue's start in milliseconds, or -1 when it could not be read. */
    private static long timing(String line, int lineNumber, long previousStart, List<Problem> problems) {
        Matcher m = TIMING.matcher(line.strip());
        if (!m.matches()) {
            problems.add(new Problem(lineNumber, "video.vtt.bad-timing"));
            return -1;
        }
        long start = millis(m.group(1));
        long end = millis(m.group(2));
        if (start < 0 || end < 0) {
            problems.add(new Problem(lineNumber, line.contains(",") && SRT_TIMING.matcher(line.strip()).matches()
                    ? "video.vtt.comma-decimal" : "video.vtt.bad-timing"));
            return -1;
        }
        if (end <= start) {
            problems.add(new Problem(lineNumber, "video.vtt.end-not-after-start"));
        }
        if (start < previousStart) {
            problems.add(new Problem(lineNumber, "video.vtt.out-of-order"));
        }
        return start;
    }

    /** A WebVTT timestamp in milliseconds, or -1 when malformed (minutes and seconds must be below 60). */
    private static long millis(String timestamp) {
        Matcher m = TIMESTAMP.matcher(timestamp);
        if (!m.matches()) {
            return -1;
        }
        int minutes = Integer.parseInt(m.group(2));
        int seconds = Integer.parseInt(m.group(3));
        if (minutes > 59 || seconds > 59 || (m.group(1) != null && m.group(1).length() > 6)) {
            return -1;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Integer.parseInt(m.group(4));
    }
}
