package jp.medsec.lms.core.domain.model.learner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static List<String> check(String password) {
        return PasswordPolicy.problems(password, "hanako.kango@example.jp", "看護 花子");
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertEquals(List.of(), check("correct horse battery"));
        assertEquals(List.of(), check("びょういんのあさは早い2026"));
    }

    @Test
    void lengthComesFirst() {
        assertEquals(List.of("password.too-short"), check("Sh0rt!pass"));
        assertEquals(List.of("password.too-long"), check("x".repeat(129)));
    }

    @Test
    void wellKnownAndTrivialPasswordsAreRefused() {
        assertTrue(check("Password1234").contains("password.common"));
        assertTrue(check("administrator").contains("password.common"));
        assertTrue(check("123456789012").contains("password.common"));
        assertTrue(check("aaaaaaaaaaaaaa").contains("password.repetitive"));
    }

    @Test
    void passwordsCommonInBreachesAreRefusedAlsoWithAShortDecoration() {
        assertTrue(check("qwertyuiop123").contains("password.common"), "in the list as it is");
        assertTrue(check("football2024!").contains("password.common"), "a listed word plus a year");
        assertTrue(check("Sunshine1234").contains("password.common"));
        assertEquals(List.of(), check("football practice on tuesday"), "a phrase that starts with a listed word is fine");
    }

    @Test
    void ownEmailOrNameIsRefused() {
        assertTrue(check("hanako.kango2026").contains("password.contains-email"));
        assertTrue(check("看護花子の新しいパスワードです").contains("password.contains-name"));
    }
}
