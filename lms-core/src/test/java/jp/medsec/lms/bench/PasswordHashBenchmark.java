package jp.medsec.lms.bench;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many password verifications per second this machine does at the strength we store (PBKDF2 with
 * HMAC-SHA512, 210,000 iterations: the JDK's SecretKeyFactory, which Jakarta Security's Pbkdf2PasswordHash
 * uses), beside OWASP's other option (HMAC-SHA256, 600,000), on one thread and on every core; and what that
 * means for 3,000 staff logging in at once before a training session.
 * <p>
 * Run: {@code mvn -q -pl lms-core test-compile exec:java -Dexec.mainClass=jp.medsec.lms.bench.PasswordHashBenchmark -Dexec.classpathScope=test}
 */
public final class PasswordHashBenchmark {

    private static final int BURST = 3_000;

    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("cores: %d, java %s%n", cores, System.getProperty("java.version"));
        double sha512 = 0;
        for (var strength : List.of(new Strength("PBKDF2WithHmacSHA512", 210_000, 64),
                new Strength("PBKDF2WithHmacSHA256", 600_000, 32))) {
            measure(strength, 1, 3); // warm-up
            double one = measure(strength, 1, 10);
            double all = measure(strength, cores, 10 * cores);
            if (sha512 == 0) {
                sha512 = all;
            }
            System.out.printf("%s x %,d: %.1f verifications/s on 1 thread, %.1f/s on %d threads (%.2fx the stored strength);"
                            + " a burst of %,d logins takes %.0f s on all cores%n",
                    strength.algorithm(), strength.iterations(), one, all, cores, all / sha512, BURST, BURST / all);
        }
    }

    private record Strength(String algorithm, int iterations, int keyBytes) {
    }

    private static double measure(Strength s, int threads, int total) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        char[] password = "長いパスフレーズで守る2026".toCharArray();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                results.add(pool.submit(() -> SecretKeyFactory.getInstance(s.algorithm())
                        .generateSecret(new PBEKeySpec(password, salt, s.iterations(), s.keyBytes() * 8)).getEncoded()));
            }
            for (Future<byte[]> r : results) {
                r.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
