package jp.medsec.lms.core.domain.model.learner;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language the LMS writes to a person in: English only for those who use it in English. */
class LearnerLanguageTest {

    private static Learner learner() {
        return new Learner("nurse@example.jp", "hash", "看護 花子", null, JobCategory.NURSE, null, Instant.EPOCH);
    }

    @Test
    void japaneseUntilThePersonUsesEnglish() {
        Learner l = learner();
        assertEquals(Locale.JAPANESE, l.preferredLanguage());
        assertTrue(l.prefer(Locale.UK));
        assertEquals(Locale.ENGLISH, l.preferredLanguage());
        assertFalse(l.prefer(Locale.ENGLISH), "no change, nothing to write");
        assertTrue(l.prefer(Locale.JAPAN));
        assertEquals(Locale.JAPANESE, l.preferredLanguage());
    }

    @Test
    void anyOtherLanguageIsJapaneseTheProgrammesLanguage() {
        Learner l = learner();
        l.prefer(Locale.FRENCH);
        assertEquals(Locale.JAPANESE, l.preferredLanguage());
        l.prefer(null);
        assertEquals(Locale.JAPANESE, l.preferredLanguage());
    }
}
