package jp.medsec.lms.quiz.interchange;

/**
 * A stretch of GIFT source with escapes resolved but remembered: each character knows whether it was escaped
 * ({@code \{} is a brace, not the start of answers) and on which line of the file it stood, so errors point at
 * the right line even deep inside a multi-line question.
 */
final class GiftText {

    private final char[] chars;
    private final boolean[] escaped;
    private final int[] lines;

    private GiftText(char[] chars, boolean[] escaped, int[] lines) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
    }

    /**
     * Joins lines (already trimmed, as Moodle trims them) with new lines, resolving the GIFT escapes
     * {@code \~ \= \# \{ \} \: \\ \n}; any other backslash stays as it is.
     */
    static GiftText of(java.util.List<String> content, java.util.List<Integer> lineNumbers) {
        StringBuilder b = new StringBuilder();
        java.util.List<Boolean> esc = new java.util.ArrayList<>();
        java.util.List<Integer> ln = new java.util.ArrayList<>();
        for (int l = 0; l < content.size(); l++) {
            String s = content.get(l);
            int line = lineNumbers.get(l);
            if (l > 0) {
                b.append('\n');
                esc.add(false);
                ln.add(lineNumbers.get(l - 1));
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && "~=#{}:\\n".indexOf(s.charAt(i + 1)) >= 0) {
                    char next = s.charAt(++i);
                    b.append(next == 'n' ? '\n' : next);
                    esc.add(true);
                } else {
                    b.append(c);
                    esc.add(false);
                }
                ln.add(line);
            }
        }
        char[] chars = b.toString().toCharArray();
        boolean[] escaped = new boolean[chars.length];
        int[] lines = new int[chars.length];
        for (int i = 0; i < chars.length; i++) {
            escaped[i] = esc.get(i);
            lines[i] = ln.get(i);
        }
        return new GiftText(chars, escaped, lines);
    }

    int length() {
        return chars.length;
    }

    boolean isEmpty() {
        return chars.length == 0;
    }

    /** Whether position {@code i} holds the unescaped character {@code c}. */
    boolean isMarkup(int i, char c) {
        return i >= 0 && i < chars.length && chars[i] == c && !escaped[i];
    }

    /** The first unescaped {@code c} at or after {@code from}, or -1. */
    int indexOf(char c, int from) {
        for (int i = Math.max(0, from); i < chars.length; i++) {
            if (isMarkup(i, c)) {
                return i;
            }
        }
        return -1;
    }

    /** The first unescaped occurrence of {@code markup} (every character unescaped) at or after {@code from}. */
    int indexOf(String markup, int from) {
        outer:
        for (int i = Math.max(0, from); i + markup.length() <= chars.length; i++) {
            for (int k = 0; k < markup.length(); k++) {
                if (!isMarkup(i + k, markup.charAt(k))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last unescaped occurrence of {@code markup}, or -1. */
    int lastIndexOf(String markup) {
        int found = -1;
        for (int i = indexOf(markup, 0); i >= 0; i = indexOf(markup, i + 1)) {
            found = i;
        }
        return found;
    }

    boolean startsWith(String markup) {
        return indexOf(markup, 0) == 0;
    }

    GiftText sub(int from, int to) {
        return new GiftText(java.util.Arrays.copyOfRange(chars, from, to),
                java.util.Arrays.copyOfRange(escaped, from, to), java.util.Arrays.copyOfRange(lines, from, to));
    }

    GiftText sub(int from) {
        return sub(from, chars.length);
    }

    /** Without leading and trailing whitespace (escaped new lines count as text). */
    GiftText strip() {
        int start = 0;
        int end = chars.length;
        while (start < end && Character.isWhitespace(chars[start]) && !escaped[start]) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1]) && !escaped[end - 1]) {
            end--;
        }
        return sub(start, end);
    }

    /** The line of position {@code i} (clamped), or {@code fallback} for an empty text. */
    int lineAt(int i, int fallback) {
        if (chars.length == 0) {
            return fallback;
        }
        return lines[Math.max(0, Math.min(i, chars.length - 1))];
    }

    /**
     * Splits before each unescaped character in {@code markers}; the first part is what precedes the first marker
     * (maybe empty), every later part starts with its marker.
     */
    java.util.List<GiftText> splitBefore(String markers) {
        java.util.List<GiftText> parts = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length; i++) {
            if (!escaped[i] && markers.indexOf(chars[i]) >= 0) {
                parts.add(sub(start, i));
                start = i;
            }
        }
        parts.add(sub(start));
        return parts;
    }

    @Override
    public String toString() {
        return new String(chars);
    }
}
