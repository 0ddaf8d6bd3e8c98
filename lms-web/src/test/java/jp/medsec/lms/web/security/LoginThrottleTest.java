package jp.medsec.lms.web.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-24T09:00:00Z");
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        throttle.accountFreeFailures = 5;
        throttle.addressFreeFailures = 50;
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    @Test
    void fiveFailuresAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
        fail("nurse@example.jp", "10.0.0.1", 5);
        assertTrue(throttle.blocked("nurse@example.jp", "10.0.0.1").isEmpty());
        fail("nurse@example.jp", "10.0.0.1", 1);
        assertEquals(Duration.ofSeconds(30), throttle.blocked("NURSE@example.jp", "10.0.0.2").orElseThrow(),
                "per account, whatever the address and letter case");
        fail("nurse@example.jp", "10.0.0.1", 1);
        assertEquals(Duration.ofSeconds(60), throttle.blocked("nurse@example.jp", "10.0.0.1").orElseThrow());
        fail("nurse@example.jp", "10.0.0.1", 20);
        assertEquals(Duration.ofMinutes(15), throttle.blocked("nurse@example.jp", "10.0.0.1").orElseThrow());
    }

    @Test
    void theWaitEndsAndASuccessClearsTheAccount() {
        fail("doctor@example.jp", "10.0.0.1", 6);
        now = now.plusSeconds(31);
        assertTrue(throttle.blocked("doctor@example.jp", "10.0.0.1").isEmpty());
        throttle.succeeded("doctor@example.jp");
        fail("doctor@example.jp", "10.0.0.1", 5);
        assertTrue(throttle.blocked("doctor@example.jp", "10.0.0.1").isEmpty(), "the count started again");
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("user" + i + "@example.jp", "203.0.113.9");
        }
        assertTrue(throttle.blocked("someone-new@example.jp", "203.0.113.9").isEmpty());
        throttle.failed("user50@example.jp", "203.0.113.9");
        assertEquals(Duration.ofSeconds(30), throttle.blocked("someone-new@example.jp", "203.0.113.9").orElseThrow());
        assertTrue(throttle.blocked("someone-new@example.jp", "198.51.100.1").isEmpty(), "other addresses are not affected");
    }

    @Test
    void unknownAndKnownAccountsAreThrottledAlike() {
        fail("nobody-here@example.jp", "10.0.0.1", 6);
        assertTrue(throttle.blocked("nobody-here@example.jp", "10.0.0.1").isPresent());
    }
}
