package jp.medsec.lms.bench.quiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database's raw commit rate for the write a submission makes, without the LMS: one transaction that updates one
 * attempt row (the real layout, answers and results of an attempt the benchmark finished, the same unique keys) and
 * inserts one event row (a real {@code attempt-finished} payload), autocommit off, a commit per operation, each thread
 * on its own connection. It runs in the server's own database (its own two tables) once the server has stopped: Derby
 * cannot be opened by two JVMs at once, and so both databases are measured the same way.
 */
final class CommitBaseline {

    private static final String COURSE = UUID.randomUUID().toString();
    private static final String ACTIVITY = UUID.randomUUID().toString();

    /** What a finished attempt and its event hold, copied from the benchmark's own results. */
    record Sample(String layout, String answers, String results, String payload) {

        static Sample from(Connection c, String activityId) throws SQLException {
            String[] attempt = new String[3];
            try (PreparedStatement s = c.prepareStatement("SELECT layout, answers, results FROM lms_quiz_attempt"
                    + " WHERE activityId = ? AND state = 'FINISHED' FETCH FIRST 1 ROWS ONLY")) {
                s.setString(1, activityId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no finished attempt to copy for the baseline");
                    }
                    for (int i = 0; i < 3; i++) {
                        attempt[i] = r.getString(i + 1);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT payload FROM lms_activity_event"
                    + " WHERE activity_id = ? AND event_type = 'attempt-finished' FETCH FIRST 1 ROWS ONLY")) {
                s.setString(1, activityId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new Sample(attempt[0], attempt[1], attempt[2], r.getString(1));
                }
            }
        }

        int characters() {
            return layout.length() + answers.length() + results.length() + payload.length();
        }
    }

    record Result(int threads, int ops, double seconds, Latencies latencies, CpuTime.Use cpu) {

        double perSecond() {
            return ops / seconds;
        }
    }

    private final Database db;
    private final Sample sample;
    private final String pgDatabase;

    /** pgDatabase: whose backends' CPU time to count (null on Derby, which runs in this JVM). */
    CommitBaseline(Database db, Sample sample, String pgDatabase) {
        this.db = db;
        this.sample = sample;
        this.pgDatabase = pgDatabase;
    }

    /** Rounds per thread count: other work on a shared machine only ever slows a round down, so the best one counts. */
    static final int ROUNDS = 3;

    Result best(int threads, int ops) throws Exception {
        Result best = null;
        for (int i = 0; i < ROUNDS; i++) {
            Result r = run(threads, ops);
            if (best == null || r.perSecond() > best.perSecond()) {
                best = r;
            }
        }
        return best;
    }

    private Result run(int threads, int ops) throws Exception {
        int warmup = Math.min(200, Math.max(20, ops / 10));
        List<String> ids = createTables(warmup + ops);
        try (Writer w = new Writer()) {
            for (int i = 0; i < warmup; i++) {
                w.finish(ids.get(i));
            }
        }
        AtomicInteger next = new AtomicInteger(warmup);
        long[] nanos = new long[ops];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Writer> writers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                writers.add(new Writer());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (Writer w : writers) {
                workers.add(pool.submit(() -> {
                    go.await();
                    for (int i = next.getAndIncrement(); i < warmup + ops; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        w.finish(ids.get(i));
                        nanos[i - warmup] = System.nanoTime() - start;
                    }
                    return null;
                }));
            }
            CpuTime.Use cpu = CpuTime.Use.now(0, pgDatabase);
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> w : workers) {
                w.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(threads, ops, seconds, Latencies.of(nanos), CpuTime.Use.now(0, pgDatabase).since(cpu));
        } finally {
            pool.shutdown();
            for (Writer w : writers) {
                w.close();
            }
            dropTables();
        }
    }

    /** One connection, its statements prepared once, as a connection pool with a statement cache has them. */
    private final class Writer implements AutoCloseable {

        private final Connection c;
        private final PreparedStatement update;
        private final PreparedStatement insert;

        Writer() throws SQLException {
            c = db.connect();
            c.setAutoCommit(false);
            update = c.prepareStatement("UPDATE bench_attempt SET state = 'FINISHED', open_flag = NULL, finished_at = ?,"
                    + " results = ?, marks = 10, max_marks = 10, percentage = 100, passed = TRUE, needs_grading = FALSE,"
                    + " version = version + 1 WHERE id = ? AND version = 0");
            insert = c.prepareStatement("INSERT INTO bench_event (id, enrolment_id, activity_id, event_type, payload,"
                    + " occurred_at, sequence) VALUES (?, ?, ?, 'attempt-finished', ?, ?, ?)");
        }

        /** The unit measured: what a submission writes, in one transaction. */
        void finish(String attemptId) throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            update.setTimestamp(1, now);
            update.setString(2, sample.results());
            update.setString(3, attemptId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("baseline row " + attemptId + " missing");
            }
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, attemptId);
            insert.setString(3, ACTIVITY);
            insert.setString(4, sample.payload());
            insert.setTimestamp(5, now);
            insert.setLong(6, System.nanoTime());
            insert.executeUpdate();
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    /** The two tables, shaped as lms_quiz_attempt and lms_activity_event, with attempts in progress to finish. */
    private List<String> createTables(int rows) throws SQLException {
        dropTables();
        String clob = db.clobType();
        String dbl = db.doubleType();
        List<String> ids = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_attempt (id VARCHAR(36) NOT NULL PRIMARY KEY, course_id VARCHAR(36) NOT NULL,"
                    + " activity_id VARCHAR(36) NOT NULL, learner_id VARCHAR(36) NOT NULL, attempt_number INTEGER NOT NULL,"
                    + " state VARCHAR(16) NOT NULL, open_flag INTEGER, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,"
                    + " layout " + clob + " NOT NULL, answers " + clob + " NOT NULL, answers_revision INTEGER NOT NULL,"
                    + " results " + clob + ", marks " + dbl + ", max_marks " + dbl + ", percentage " + dbl + ", passed BOOLEAN,"
                    + " needs_grading BOOLEAN, version BIGINT NOT NULL,"
                    + " CONSTRAINT uq_bench_attempt_number UNIQUE (activity_id, learner_id, attempt_number),"
                    + " CONSTRAINT uq_bench_attempt_open UNIQUE (activity_id, learner_id, open_flag))");
            s.execute("CREATE TABLE bench_event (id VARCHAR(36) NOT NULL PRIMARY KEY, enrolment_id VARCHAR(36) NOT NULL,"
                    + " activity_id VARCHAR(36) NOT NULL, event_type VARCHAR(40) NOT NULL, payload " + clob + " NOT NULL,"
                    + " occurred_at TIMESTAMP NOT NULL, sequence BIGINT NOT NULL)");
            s.execute("CREATE INDEX ix_bench_event ON bench_event (enrolment_id, activity_id)");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_attempt (id, course_id, activity_id,"
                    + " learner_id, attempt_number, state, open_flag, started_at, layout, answers, answers_revision, version)"
                    + " VALUES (?, ?, ?, ?, 1, 'IN_PROGRESS', 1, ?, ?, ?, 1, 0)")) {
                for (int i = 0; i < rows; i++) {
                    String id = UUID.randomUUID().toString();
                    ids.add(id);
                    insert.setString(1, id);
                    insert.setString(2, COURSE);
                    insert.setString(3, ACTIVITY);
                    insert.setString(4, UUID.randomUUID().toString());
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.setString(6, sample.layout());
                    insert.setString(7, sample.answers());
                    insert.addBatch();
                    if (i % 200 == 199 || i == rows - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        return ids;
    }

    private void dropTables() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("bench_event", "bench_attempt")) {
                try {
                    s.execute("DROP TABLE " + table);
                } catch (SQLException absent) {
                    // first run: nothing to drop (PostgreSQL would need IF EXISTS, Derby has none)
                }
            }
        }
    }
}
