package jp.medsec.lms.bench.quiz;

import java.nio.file.Path;

/**
 * What to run, from system properties (lms-bench/pom.xml passes them; defaults are for a small try).
 *
 * @param sequential     submissions measured one after another (after {@code warmup} unmeasured ones)
 * @param concurrent     submissions measured with {@code threads} learners submitting at once
 * @param burst          learners who all submit within {@code burstSeconds}
 * @param doubleClicks   learners whose browser sends the submission twice at once (a separate scenario)
 * @param baselineOps    commits per raw JDBC baseline run
 * @param profile        record the server with Java Flight Recorder during the measured scenarios
 */
record BenchConfig(String db, Path wlp, String server, int httpPort, Path secretsDir, Path derbyDir, String pgHost,
                   int pgPort, String pgUser, String pgDatabase, int warmup, int sequential, int concurrent, int threads,
                   int burst, int burstSeconds, int doubleClicks, int prepareThreads, int baselineOps,
                   boolean keepDatabase, boolean profile, Path report) {

    static BenchConfig fromSystemProperties() {
        String db = System.getProperty("bench.db", "derby");
        if (!db.equals("derby") && !db.equals("postgresql")) {
            throw new IllegalArgumentException("bench.db must be derby or postgresql, not " + db);
        }
        String pgDatabase = System.getProperty("bench.pg.database", "lms_bench");
        if (!pgDatabase.endsWith("_bench")) {
            throw new IllegalArgumentException("refusing to drop and create " + pgDatabase + ": not a *_bench database");
        }
        return new BenchConfig(db, path("bench.wlp", "target/liberty/wlp"), System.getProperty("bench.server", "lms-bench"),
                number("bench.http.port", 9381), path("bench.secrets.dir", "target/bench-secrets"),
                path("bench.derby.dir", "target/bench-data/derby/lms"), System.getProperty("bench.pg.host", "127.0.0.1"),
                number("bench.pg.port", 5432), System.getProperty("bench.pg.user", "postgres"), pgDatabase,
                number("bench.warmup", 30), number("bench.sequential", 20), number("bench.concurrent", 64),
                number("bench.threads", 64), number("bench.burst", 100), number("bench.burst.seconds", 5),
                number("bench.double.clicks", 20), number("bench.prepare.threads", 8),
                number("bench.baseline.ops", 300), Boolean.getBoolean("bench.keep.database"), Boolean.getBoolean("bench.profile"),
                path("bench.report", "target/quiz-benchmark.md"));
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Learners to register: every scenario's quiz is taken by the first n of them. */
    int learners() {
        return Math.max(Math.max(warmup + sequential, concurrent), Math.max(burst, doubleClicks));
    }

    private static int number(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }

    private static Path path(String name, String fallback) {
        return Path.of(System.getProperty(name, fallback)).toAbsolutePath();
    }
}
