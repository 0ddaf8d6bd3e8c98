package jp.medsec.lms.activity.live;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aFeedAddressOpensWithItsTokenAndNotWithAnotherOrTheStoredHash() {
        FeedToken issued = FeedToken.issue(random);
        assertEquals(43, issued.token().length(), "256 bits, URL-safe Base64 without padding");
        assertTrue(issued.token().matches("[A-Za-z0-9_-]+"));
        assertEquals(64, issued.hash().length());
        assertEquals(issued.hash(), FeedToken.hashOf(issued.token()));
        assertTrue(FeedToken.matches(issued.token(), issued.hash()));
        assertFalse(FeedToken.matches(FeedToken.issue(random).token(), issued.hash()));
        assertFalse(FeedToken.matches(issued.hash(), issued.hash()));
        assertFalse(FeedToken.wellFormed("../../etc/passwd"));
    }

    @Test
    void renewingGivesADifferentAddress() {
        assertNotEquals(FeedToken.issue(random).token(), FeedToken.issue(random).token());
    }

    @Test
    void theSecretNeverAppearsInLogs() {
        FeedToken issued = FeedToken.issue(random);
        assertFalse(issued.toString().contains(issued.token()));
        assertTrue(issued.toString().contains(issued.hash()));
    }
}
