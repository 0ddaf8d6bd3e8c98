package jp.medsec.lms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.core.domain.model.learner.Learner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off after repeated login failures, per account (the e-mail tried, whether or not it exists, so the
 * answer reveals nothing) and per network address. After the free failures each further one doubles the
 * wait, from 30 seconds up to 15 minutes; a success clears the account's count. While blocked, passwords are
 * not even checked. Addresses get many more free failures than accounts: a hospital's staff share one NAT.
 * Counts live in this server's memory: a restart forgets them, and each server of a cluster counts alone.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lms.login.account.free-failures", defaultValue = "5")
    int accountFreeFailures;

    @Inject
    @ConfigProperty(name = "lms.login.address.free-failures", defaultValue = "50")
    int addressFreeFailures;

    /** How long the caller must wait before trying again, if at all. */
    public Optional<Duration> blocked(String email, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(accounts.get(key(email)), now), waitFor(addresses.get(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        accounts.compute(key(email), (k, f) -> next(f, now, accountFreeFailures));
        addresses.compute(address, (k, f) -> next(f, now, addressFreeFailures));
        if (accounts.size() + addresses.size() > 100_000) {
            forgetOld(now);
        }
    }

    public void succeeded(String email) {
        accounts.remove(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : Learner.normaliseEmail(email);
    }

    private static Failures next(Failures previous, Instant now, int free) {
        int count = previous == null || previous.last().plus(FORGET_AFTER).isBefore(now) ? 1 : previous.count() + 1;
        Instant until = now;
        if (count > free) {
            long factor = 1L << Math.min(count - free - 1, 20);
            Duration wait = FIRST_WAIT.multipliedBy(factor);
            until = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        return new Failures(count, now, until);
    }

    private static Duration waitFor(Failures failures, Instant now) {
        return failures == null || !failures.blockedUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, failures.blockedUntil());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void forgetOld(Instant now) {
        accounts.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now) && !f.blockedUntil().isAfter(now));
        addresses.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now) && !f.blockedUntil().isAfter(now));
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }
}
