package jp.medsec.lms.core.domain.model.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Length over complexity, as the MHLW checklist and the 2024-08 notice advise (13+ characters without
 * periodic change): at least 12 characters here for learners, at most 128, not a well-known password,
 * not one character repeated, and not built from the person's own e-mail or name or their institution's name
 * (the FY2025 checklist's example of a guessable password). Returns message keys.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

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
        if (TRIVIAL.contains(stripped) || TRIVIAL.contains(lower) || isSequence(lower)) {
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
