package jp.medsec.lms.web.rest.certificates;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most 60 verifications a minute from one address: enough for an inspector checking a folder of certificates,
 * far too few to guess codes (100 random bits). Counted in memory, per server.
 */
@ApplicationScoped
public class VerificationThrottle {

    static final int PER_MINUTE = 60;

    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Seconds to wait, or 0 when this request may go ahead (and is counted). */
    public long check(String address) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - 60_000) {
                times.pollFirst();
            }
            if (times.size() >= PER_MINUTE) {
                return Math.max(1, (times.peekFirst() + 60_000 - now + 999) / 1000);
            }
            times.addLast(now);
        }
        if (recent.size() > 100_000) {
            recent.clear(); // a flood of addresses: forget rather than grow without end
        }
        return 0;
    }
}
