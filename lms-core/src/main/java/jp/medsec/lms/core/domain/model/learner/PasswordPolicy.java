package jp.medsec.lms.core.domain.model.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Length over complexity, as the MHLW checklist and the 2024-08 notice advise (13+ characters without
 * periodic change): at least 12 characters here for learners, at most 128, not a password common in breaches
 * (nor one with a short decoration such as "football2024!"),
 * not one character repeated, and not built from the person's own e-mail or name or their institution's name
 * (the FY2025 checklist's example of a guessable password). Returns message keys.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Passwords common in breaches (zxcvbn's list, 49,233 entries), loaded on first use. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * The most obvious words, matched more strictly than the breach list: after removing every symbol and any
     * number of trailing digits ("administrator20252025"). Applied to the whole breach list that strictness would
     * refuse good passphrases; these few also cover hospital words the list lacks (byouin, kango, iryou).
     */
    private static final Set<String> TRIVIAL = Set.of(
            "password", "password1", "password123", "passw0rd", "administrator", "admin", "qwerty", "letmein",
            "welcome", "iloveyou", "abc123", "12345678", "123456789", "1234567890", "000000", "111111",
            "hospital", "byouin", "kango", "iryou", "tokyo", "osaka", "changeme", "default", "guest");

    private PasswordPolicy() {
    }

    public static List<String> problems(String password, String email, String fullName) {
        return problems(password, email, fullName, List.of());
    }

    /** Also refuses passwords containing any of {@code ownWords}, such as the name of the person's institution. */
    public static List<String> problems(String password, String email, String fullName, List<String> ownWords) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.too-short");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.too-long");
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2) {
            problems.add("password.repetitive");
        }
        String stripped = lower.replaceAll("[^a-z0-9]", "").replaceAll("\\d+$", "");
        // A common password with a short decoration ("football2024!") is as guessable as the password itself.
        String core = lower.replaceAll("[\\d\\p{Punct}\\s]{1,4}$", "");
        boolean common = Common.PASSWORDS.contains(lower) || (core.length() >= 4 && Common.PASSWORDS.contains(core));
        if (common || TRIVIAL.contains(stripped) || TRIVIAL.contains(lower) || isSequence(lower)) {
            problems.add("password.common");
        }
        String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        if (localPart.length() >= 4 && lower.contains(localPart)) {
            problems.add("password.contains-email");
        }
        String name = fullName == null ? "" : fullName.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (name.length() >= 2 && lower.contains(name)) {
            problems.add("password.contains-name");
        }
        for (String word : ownWords) {
            String w = word == null ? "" : word.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
            if (w.length() >= 2 && lower.replaceAll("\\s", "").contains(w)) {
                problems.add("password.contains-institution");
                break;
            }
        }
        return problems;
    }

    /** "123456789012" or "abcdefghijkl": each character one after the previous (digits wrap 9 to 0). */
    private static boolean isSequence(String s) {
        for (int i = 1; i < s.length(); i++) {
            char prev = s.charAt(i - 1);
            char next = s.charAt(i);
            boolean step = next - prev == 1 || (prev == '9' && next == '0');
            if (!step) {
                return false;
            }
        }
        return true;
    }
}
