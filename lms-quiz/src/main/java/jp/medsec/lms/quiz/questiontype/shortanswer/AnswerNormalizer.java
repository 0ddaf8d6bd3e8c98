package jp.medsec.lms.quiz.questiontype.shortanswer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a typed answer and an accepted answer to one form before comparing them, so that the ways Japanese text
 * can be typed for the same word do not decide the grade. In this order:
 * <ol>
 * <li>Unicode NFKC: full-width letters and digits become ASCII ({@code ＡＢＣ１２３} = {@code ABC123}), half-width
 *     katakana become full-width ({@code ｶﾀｶﾅ} = {@code カタカナ}), the ideographic space U+3000 becomes a space.</li>
 * <li>Katakana become hiragana ({@code ア} = {@code あ}, {@code ヴ} = {@code ゔ}).</li>
 * <li>Whitespace (any Unicode space, tabs, new lines) is trimmed and collapsed to one space; a space next to a
 *     Japanese character (kana, kanji, Japanese punctuation) is removed, since Japanese does not separate words
 *     ({@code 医療 法} = {@code 医療法}, while {@code Active Directory} keeps its space).</li>
 * <li>Dashes: the long-vowel mark {@code ー} and every dash look-alike ({@code ‐ ‑ ‒ – — ― − ─ ━ ﹣ -}) become
 *     {@code ー} right after kana (or another {@code ー}) and an ASCII hyphen anywhere else, so
 *     {@code サ−バ} = {@code サーバ} and {@code CVEー2018} = {@code CVE-2018}. The wave dash {@code 〜} becomes
 *     {@code ~}.</li>
 * <li>A long-vowel mark that ends a run of kana is dropped, so the two spellings of loan words both count
 *     ({@code サーバー} = {@code サーバ}, {@code コンピューター} = {@code コンピュータ}).</li>
 * <li>Letters are compared without case unless the question is case-sensitive.</li>
 * </ol>
 * In accepted answers, {@code *} (or {@code ＊}) matches any run of characters, including none; {@code \*} is a
 * literal asterisk.
 */
public final class AnswerNormalizer {

    private static final String DASHES = "ー‐‑‒–—―−─━﹣-";
    private static final char LONG_VOWEL = 'ー';

    private AnswerNormalizer() {
    }

    /** The comparable form of {@code text}. */
    public static String normalize(String text, boolean caseSensitive) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = toHiragana(s);
        s = whitespace(s);
        s = dashes(s);
        s = dropFinalLongVowels(s);
        return caseSensitive ? s : s.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code response} matches the accepted answer {@code pattern} (which may contain {@code *}). */
    public static boolean matches(String pattern, String response, boolean caseSensitive) {
        List<String> parts = splitOnWildcards(Normalizer.normalize(pattern, Normalizer.Form.NFKC));
        String answer = normalize(response, caseSensitive);
        if (parts.size() == 1) {
            return answer.equals(normalize(parts.get(0), caseSensitive));
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                regex.append(".*");
            }
            String literal = normalize(parts.get(i), caseSensitive);
            if (!literal.isEmpty()) {
                regex.append(Pattern.quote(literal));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(answer).matches();
    }

    /** Whether the accepted answer has a wildcard (an unescaped {@code *} or {@code ＊}). */
    public static boolean hasWildcard(String pattern) {
        return splitOnWildcards(Normalizer.normalize(pattern, Normalizer.Form.NFKC)).size() > 1;
    }

    /** The accepted answer as a learner would type it: escapes removed, wildcards left as {@code *}. */
    public static String display(String pattern) {
        return pattern.replace("\\*", "*");
    }

    private static List<String> splitOnWildcards(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                current.append('*');
                i++;
            } else if (c == '*') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String toHiragana(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'ァ' && c <= 'ヶ') {
                b.append((char) (c - 0x60));
            } else if (c == 'ヽ' || c == 'ヾ') {
                b.append((char) (c - 0x60));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String whitespace(String s) {
        String collapsed = s.replaceAll("[\\s\\p{Z}]+", " ").strip();
        StringBuilder b = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (c == ' ' && (isJapanese(collapsed.charAt(i - 1)) || isJapanese(collapsed.charAt(i + 1)))) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String dashes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '〜') {
                b.append('~');
            } else if (DASHES.indexOf(c) >= 0) {
                boolean afterKana = b.length() > 0 && (isKana(b.charAt(b.length() - 1))
                        || b.charAt(b.length() - 1) == LONG_VOWEL);
                b.append(afterKana ? LONG_VOWEL : '-');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String dropFinalLongVowels(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == LONG_VOWEL) {
                int j = i;
                while (j < s.length() && s.charAt(j) == LONG_VOWEL) {
                    j++;
                }
                boolean endsRun = j == s.length() || !isKana(s.charAt(j));
                if (endsRun) {
                    i = j - 1;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isKana(char c) {
        return (c >= 'ぁ' && c <= 'ゖ') || c == 'ゝ' || c == 'ゞ' || (c >= 'ァ' && c <= 'ヺ');
    }

    private static boolean isJapanese(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= '\u3000' && c <= '\u303F')
                || c == LONG_VOWEL || (c >= '\uFF01' && c <= '\uFF0F');
    }
}
