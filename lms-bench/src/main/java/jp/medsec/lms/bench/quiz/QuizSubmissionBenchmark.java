package jp.medsec.lms.bench.quiz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.core.domain.model.learner.Totp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The quiz submission benchmark of issue 4. In order:
 * <ol>
 *   <li>empties its database and starts its own server (the LMS as built, the product's server configuration);</li>
 *   <li>as the administrator (password and authenticator code), imports a course with three quizzes that each draw
 *       10 of the seeded STF questions, one attempt allowed;</li>
 *   <li>prepares the learners, not measured: registers them, enrols them, starts an attempt at each quiz they take and
 *       saves all answers (right ones);</li>
 *   <li>measures the final submissions: one learner after another, 64 at once, 3,000 learners within a minute, and
 *       double clicks (each browser sends its submission twice at once), with the CPU time each process spent;</li>
 *   <li>stops the server, then checks in the database that every learner has exactly one graded result and one
 *       completion event (nothing lost, nothing twice), and on PostgreSQL which transactions wrote them;</li>
 *   <li>measures the raw JDBC commit rate of the same database for the same write, on 1 and 64 threads, and prints
 *       the table (also written to {@code bench.report}).</li>
 * </ol>
 * Exits with 1 when a submission failed or a result was lost or duplicated; missed speed targets are reported only.
 */
public final class QuizSubmissionBenchmark {

    private static final String PASSWORD = "長いパスフレーズで守る2026";
    private static final double SEQUENTIAL_TARGET = 0.5;
    private static final double CONCURRENT_TARGET = 0.2;

    private final BenchConfig c;
    private final Lms lms;
    private final AnswerKey key = new AnswerKey("stf-security-basics");
    private final List<String> log = new ArrayList<>();
    private String preparation = "";

    private QuizSubmissionBenchmark(BenchConfig c) {
        this.c = c;
        this.lms = new Lms(c.baseUrl());
    }

    public static void main(String[] args) throws Exception {
        boolean clean = new QuizSubmissionBenchmark(BenchConfig.fromSystemProperties()).run();
        System.exit(clean ? 0 : 1);
    }

    /** A quiz of the benchmark course, and how many of the learners take it. */
    private record Quiz(String activityId, String path, int takers) {
    }

    /**
     * One measured scenario: the run, its quiz, the database's commits meanwhile (PostgreSQL), and the CPU time in ms
     * that the server, PostgreSQL's backends of the benchmark's database and this client used meanwhile.
     */
    private record Measured(Submissions.Run run, Quiz quiz, OptionalLong commits, CpuTime.Use cpu) {

        String cpuPerRequest() {
            return cpu.perRequest(run.requests(), run.seconds());
        }
    }

    private boolean run() throws Exception {
        say("Quiz submission benchmark on %s: %d learners; scenarios: %d sequential, %d with %d threads, %d within %d s,"
                + " %d double clicks", c.db(), c.learners(), c.sequential(), c.concurrent(), c.threads(), c.burst(),
                c.burstSeconds(), c.doubleClicks());
        LibertyServer server = new LibertyServer(c.wlp(), c.server(), lms);
        server.stopLeftover();
        List<Measured> measured = new ArrayList<>();
        List<Measured> floors = new ArrayList<>();
        List<String> learnerIds;
        try (Database db = Database.of(c)) {
            db.recreate();
            try (server) {
                long t = System.nanoTime();
                server.start();
                say("server ready in %.0f s (%s)", seconds(t), c.baseUrl());
                String courseId = importCourse();
                List<Quiz> quizzes = quizzes(courseId);
                Quiz sequential = quizzes.get(0);
                Quiz concurrent = quizzes.get(1);
                Quiz burst = quizzes.get(2);
                Quiz twice = quizzes.get(3);
                List<Map<Quiz, Submissions.Ready>> learners = prepare(courseId, quizzes);
                learnerIds = learners.stream().map(m -> m.values().iterator().next().learnerId()).toList();

                List<Submissions.Ready> seq = takers(learners, sequential);
                // The autosaves first, while the attempts are in progress: a floor of the quiz's own.
                Submissions.autosave(sequential.path()).sequential("warm-up", seq.subList(0, c.warmup()));
                List<Measured> autosaves = List.of(
                        measure(db, server, null, () -> Submissions.autosave(sequential.path())
                                .sequential("PUT …/answers (autosave), 1 learner, sequential", seq.subList(c.warmup(), seq.size()))),
                        measure(db, server, null, () -> Submissions.autosave(concurrent.path())
                                .concurrent("PUT …/answers (autosave), " + c.threads() + " concurrent learners",
                                        takers(learners, concurrent), c.threads())));
                Submissions.of(sequential.path()).sequential("warm-up", seq.subList(0, c.warmup()));
                if (c.profile()) {
                    server.startRecording();
                }
                measured.add(measure(db, server, sequential, () -> Submissions.of(sequential.path())
                        .sequential("1 learner, sequential", seq.subList(c.warmup(), seq.size()))));
                measured.add(measure(db, server, concurrent, () -> Submissions.of(concurrent.path())
                        .concurrent(c.threads() + " concurrent learners", takers(learners, concurrent), c.threads())));
                if (c.profile()) {
                    Path jfr = c.report().resolveSibling("quiz-benchmark-" + c.db() + ".jfr");
                    server.stopRecording(jfr);
                    say("profile of the sequential and concurrent scenarios: %s (jfr print --events jdk.ExecutionSample)", jfr);
                }
                measured.add(measure(db, server, burst, () -> Submissions.of(burst.path())
                        .spread(c.burst() + " learners within " + c.burstSeconds() + " s", takers(learners, burst), c.burstSeconds(), 1)));
                measured.add(measure(db, server, twice, () -> Submissions.of(twice.path())
                        .spread(c.doubleClicks() + " double clicks within 5 s", takers(learners, twice), 5, 2)));
                floors.addAll(floors(db, server, seq, takers(learners, concurrent)));
                floors.addAll(autosaves);
            }
            say("server stopped; checking the database and measuring its raw commit rate");
            List<ResultCheck> checks = new ArrayList<>();
            CommitBaseline.Sample sample;
            try (Connection conn = db.connect()) {
                for (Measured m : measured) {
                    checks.add(ResultCheck.of(conn, m.quiz().activityId(),
                            new HashSet<>(learnerIds.subList(0, m.quiz().takers())), db.isPostgres()));
                }
                sample = CommitBaseline.Sample.from(conn, measured.get(0).quiz().activityId());
            }
            CommitBaseline baseline = new CommitBaseline(db, sample, db.isPostgres() ? c.pgDatabase() : null);
            CommitBaseline.Result one = baseline.best(1, c.baselineOps());
            CommitBaseline.Result many = baseline.best(c.threads(), c.baselineOps());
            return report(db, measured, floors, checks, sample, one, many);
        }
    }

    private interface Scenario {
        Submissions.Run run() throws Exception;
    }

    /**
     * The floors: the same learners' sessions sending the cheapest requests a logged-in learner can make, one after
     * another and on as many threads as the concurrent scenario. {@code GET /api/account/me} (session, security,
     * JAX-RS, one cached read, a small JSON answer) and {@code PUT /api/account/language} (the same, plus one row
     * updated in a JTA transaction: the least a request that writes can do). A submission, which also grades, writes
     * the attempt and its event and renders the review, cannot be faster than either on the same server.
     */
    private List<Measured> floors(Database db, LibertyServer server, List<Submissions.Ready> sequential,
                                  List<Submissions.Ready> concurrent) throws Exception {
        Submissions me = Submissions.floor("GET", "/api/account/me", null, 200);
        me.sequential("floor warm-up", sequential);
        List<Submissions.Ready> measuredSequential = sequential.subList(c.warmup(), sequential.size());
        List<Measured> floors = new ArrayList<>();
        floors.add(measure(db, server, null, () -> me.sequential("GET /api/account/me, 1 learner, sequential", measuredSequential)));
        floors.add(measure(db, server, null, () -> me.concurrent("GET /api/account/me, " + c.threads() + " concurrent learners",
                concurrent, c.threads())));
        // Every measured request changes its learner's language, so that it really writes the row: all learners are
        // Japanese (null) after registering; the warm-up and the sequential run switch them to English, the
        // concurrent run back to Japanese.
        Submissions english = Submissions.floor("PUT", "/api/account/language", "{\"language\":\"en\"}", 204);
        english.sequential("floor warm-up", sequential.subList(0, c.warmup()));
        english.sequential("floor warm-up", concurrent.subList(Math.min(sequential.size(), concurrent.size()), concurrent.size()));
        floors.add(measure(db, server, null, () -> english.sequential("PUT /api/account/language, 1 learner, sequential",
                measuredSequential)));
        floors.add(measure(db, server, null, () -> Submissions.floor("PUT", "/api/account/language", "{\"language\":\"ja\"}", 204)
                .concurrent("PUT /api/account/language, " + c.threads() + " concurrent learners", concurrent, c.threads())));
        return floors;
    }

    /** Runs one scenario of {@code quiz} (null for a floor) and takes its figures. */
    private Measured measure(Database db, LibertyServer server, Quiz quiz, Scenario scenario) throws Exception {
        // An idle PostgreSQL backend publishes its counters within 10 s (PGSTAT_IDLE_INTERVAL); Derby needs no wait.
        Duration settle = Duration.ofSeconds(db.isPostgres() ? 11 : 2);
        LibertyServer.sleep(settle);
        OptionalLong before = db.commits();
        String pg = db.isPostgres() ? c.pgDatabase() : null;
        CpuTime.Use cpu = CpuTime.Use.now(server.pid(), pg);
        Submissions.Run run = scenario.run();
        cpu = CpuTime.Use.now(server.pid(), pg).since(cpu);
        LibertyServer.sleep(settle);
        OptionalLong after = db.commits();
        say("%s: %d requests in %.1f s, %.1f/s, p50 %.1f ms, p99 %.1f ms, %d errors", run.name(), run.requests(),
                run.seconds(), run.perSecond(), run.latencies().ms(50), run.latencies().ms(99), run.errors().size());
        run.errors().stream().distinct().limit(5).forEach(e -> say("  error: %s", e));
        Measured m = new Measured(run, quiz, before.isPresent() && after.isPresent()
                ? OptionalLong.of(after.getAsLong() - before.getAsLong()) : OptionalLong.empty(), cpu);
        say("  CPU per request: %s; mean response %.0f characters", m.cpuPerRequest(), run.meanResponseChars());
        return m;
    }

    /** As the administrator from the generated secrets: log in, set up the authenticator as a person would, import. */
    private String importCourse() throws Exception {
        Path vars = c.secretsDir().resolve("variables");
        Lms.Session admin = lms.session();
        JsonObject login = admin.post("/api/account/login", Json.createObjectBuilder()
                .add("email", Files.readString(vars.resolve("lms.admin.email")))
                .add("password", Files.readString(vars.resolve("lms.admin.password"))).build().toString())
                .expect(200, "administrator login").json();
        if (!login.getBoolean("twoFactorSetupRequired")) {
            throw new IllegalStateException("the fresh database should ask the administrator to set up two-factor login");
        }
        String secret = admin.post("/api/account/two-factor", "{}").expect(200, "two-factor set-up").json().getString("secret");
        admin.post("/api/account/two-factor/confirm", Json.createObjectBuilder()
                .add("code", Totp.code(secret, Totp.step(java.time.Instant.now()))).build().toString())
                .expect(200, "two-factor confirmation");

        var activities = Json.createArrayBuilder();
        for (String k : List.of("sequential", "concurrent", "burst", "double-click")) {
            activities.add(Json.createObjectBuilder().add("key", k).add("type", "quiz")
                    .add("title", Json.createObjectBuilder().add("ja", "確認テスト（" + k + "）"))
                    .add("settings", Json.createObjectBuilder()
                            .add("draw", Json.createArrayBuilder().add(Json.createObjectBuilder().add("tag", "STF").add("count", 10)))
                            .add("attempts", 1)));
        }
        String doc = Json.createObjectBuilder().add("slug", "quiz-bench-" + UUID.randomUUID().toString().substring(0, 8))
                .add("track", "STF").add("title", Json.createObjectBuilder().add("ja", "提出ベンチマーク"))
                .add("summary", Json.createObjectBuilder().add("ja", "小テスト提出の性能測定")).add("minutes", 5)
                .add("modules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("ja", "章")).add("activities", activities)))
                .build().toString();
        return admin.post("/api/courses?publish=true", doc).expect(201, "course import").json().getString("id");
    }

    private List<Quiz> quizzes(String courseId) {
        List<JsonObject> activities = lms.session().get("/api/courses/" + courseId).expect(200, "course").json()
                .getJsonArray("modules").getJsonObject(0).getJsonArray("activities").stream()
                .map(JsonValue::asJsonObject).toList();
        int[] takers = {c.warmup() + c.sequential(), c.concurrent(), c.burst(), c.doubleClicks()};
        List<Quiz> quizzes = new ArrayList<>();
        for (int i = 0; i < takers.length; i++) {
            String id = activities.get(i).getString("id");
            quizzes.add(new Quiz(id, "/api/courses/" + courseId + "/activities/" + id + "/quiz", takers[i]));
        }
        return quizzes;
    }

    /**
     * Registers, enrols and readies every learner, several at once (the server hashes each password with PBKDF2, the
     * slow part). Learner i takes every quiz with more than i takers, so one learner serves several scenarios.
     */
    private List<Map<Quiz, Submissions.Ready>> prepare(String courseId, List<Quiz> quizzes) throws Exception {
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(c.prepareThreads());
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Map<Quiz, Submissions.Ready>>> futures = new ArrayList<>();
            for (int i = 0; i < c.learners(); i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    Map<Quiz, Submissions.Ready> ready = prepare(n, courseId, quizzes);
                    int d = done.incrementAndGet();
                    if (d % Math.max(1, c.learners() / 10) == 0) {
                        say("  prepared %d of %d learners (%.0f s)", d, c.learners(), seconds(t));
                    }
                    return ready;
                }));
            }
            List<Map<Quiz, Submissions.Ready>> learners = new ArrayList<>();
            for (var f : futures) {
                learners.add(f.get());
            }
            double s = seconds(t);
            preparation = String.format("Preparation (not measured): %d learners registered (PBKDF2), enrolled, and %d"
                    + " attempts of 10 questions started and fully answered (autosave) in %.0f s (%.1f learners/s, %d at once);"
                    + " then %d unmeasured submissions as warm-up.", learners.size(),
                    learners.stream().mapToInt(Map::size).sum(), s, learners.size() / s, c.prepareThreads(), c.warmup());
            say("%s", preparation);
            return learners;
        } finally {
            pool.shutdown();
        }
    }

    private Map<Quiz, Submissions.Ready> prepare(int n, String courseId, List<Quiz> quizzes) {
        Lms.Session s = lms.session();
        String learnerId = s.post("/api/account/register", Json.createObjectBuilder()
                .add("email", "bench-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp")
                .add("password", PASSWORD).add("fullName", "受講 者" + n).add("fullNameKana", "ジュコウ")
                .add("jobCategory", "NURSE").build().toString()).expect(201, "registration").json().getString("id");
        s.post("/api/courses/" + courseId + "/enrolment", "{}").expect(201, "enrolment");
        Map<Quiz, Submissions.Ready> ready = new LinkedHashMap<>();
        for (Quiz q : quizzes) {
            if (n >= q.takers()) {
                continue;
            }
            JsonObject attempt = s.post(q.path() + "/attempts", "{}").expect(200, "start").json();
            if (attempt.getJsonArray("questions").size() != 10) {
                throw new IllegalStateException("expected 10 questions, got " + attempt.getJsonArray("questions").size());
            }
            String attemptId = attempt.getString("id");
            JsonObject answers = key.allRight(attempt);
            s.put(q.path() + "/attempts/" + attemptId + "/answers", Json.createObjectBuilder().add("revision", 0)
                    .add("answers", answers).build().toString()).expect(200, "autosave");
            ready.put(q, new Submissions.Ready(learnerId, s, attemptId, answers));
        }
        return ready;
    }

    private static List<Submissions.Ready> takers(List<Map<Quiz, Submissions.Ready>> learners, Quiz quiz) {
        return learners.stream().limit(quiz.takers()).map(m -> m.get(quiz)).toList();
    }

    private boolean report(Database db, List<Measured> measured, List<Measured> floors, List<ResultCheck> checks,
                           CommitBaseline.Sample sample, CommitBaseline.Result one, CommitBaseline.Result many) throws Exception {
        List<String> out = new ArrayList<>();
        out.add("### " + c.db() + ", " + ZonedDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'")));
        out.add("");
        out.add(String.format("Machine: %d cores (%s), %s; Java %s; %s; Open Liberty %s.", Runtime.getRuntime().availableProcessors(),
                cpu(), System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("java.version"),
                db.describe(), libertyVersion()));
        out.add("");
        out.add(preparation);
        out.add("");
        out.add("| Scenario | Learners | Requests | Time (s) | Submissions/s | p50 (ms) | p95 (ms) | p99 (ms) | Max (ms) | Errors | Lost | Duplicated | Baseline commits/s | Ratio | Target |");
        out.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        boolean clean = true;
        for (int i = 0; i < measured.size(); i++) {
            Submissions.Run r = measured.get(i).run();
            ResultCheck k = checks.get(i);
            boolean correct = r.errors().isEmpty() && k.lost() == 0 && k.duplicated() == 0 && k.wrongGrade() == 0;
            clean &= correct;
            String baseline = "—";
            String ratio = "—";
            String target;
            if (i < 2) {
                CommitBaseline.Result base = i == 0 ? one : many;
                double value = r.perSecond() / base.perSecond();
                double goal = i == 0 ? SEQUENTIAL_TARGET : CONCURRENT_TARGET;
                baseline = String.format("%.0f (%d thread%s)", base.perSecond(), base.threads(), base.threads() == 1 ? "" : "s");
                ratio = String.format("%.2f", value);
                target = verdict(value >= goal, "ratio ≥ " + goal);
            } else {
                target = verdict(correct, i == 2 ? "0 errors, 0 lost, 0 duplicated" : "one result per attempt, repeated");
            }
            out.add(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %s | %s | %s |",
                    r.name(), r.learners(), r.requests(), r.seconds(), r.perSecond(), r.latencies().ms(50), r.latencies().ms(95),
                    r.latencies().ms(99), r.latencies().ms(100), r.errors().size(), k.lost(), k.duplicated(), baseline, ratio,
                    target));
        }
        out.add("");
        out.add("The floors: the cheapest requests of a logged-in learner on the same server, sessions and threads, one"
                + " reading and one writing a row, and the quiz's own autosave (no submission can be faster), against the"
                + " same baseline:");
        out.add("");
        out.add("| Request | Requests | Time (s) | Requests/s | p50 (ms) | p99 (ms) | Errors | Baseline commits/s | Ratio | CPU per request |");
        out.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int i = 0; i < floors.size(); i++) {
            Measured m = floors.get(i);
            Submissions.Run r = m.run();
            CommitBaseline.Result base = i % 2 == 0 ? one : many;
            clean &= r.errors().isEmpty();
            out.add(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %.0f | %.2f | %s |", r.name(), r.requests(),
                    r.seconds(), r.perSecond(), r.latencies().ms(50), r.latencies().ms(99), r.errors().size(),
                    base.perSecond(), r.perSecond() / base.perSecond(), m.cpuPerRequest()));
        }
        out.add("");
        out.add("Raw JDBC baseline (same database, after the server stopped; the best of " + CommitBaseline.ROUNDS
                + " rounds, as other builds share the cores): per commit one UPDATE of an attempt row and one event INSERT ("
                + sample.characters() + " characters of JSON copied from a real finished attempt and its event):");
        out.add("");
        out.add("| Threads | Commits | Time (s) | Commits/s | p50 (ms) | p99 (ms) | Other processes (cores) |");
        out.add("|---:|---:|---:|---:|---:|---:|---:|");
        for (CommitBaseline.Result b : List.of(one, many)) {
            out.add(String.format("| %d | %d | %.1f | %.0f | %.2f | %.2f | %.2f |", b.threads(), b.ops(), b.seconds(),
                    b.perSecond(), b.latencies().ms(50), b.latencies().ms(99), b.cpu().otherCores(b.seconds())));
        }
        out.add("");
        out.add("Checks after the run (database, JDBC): every learner exactly one FINISHED attempt graded 100 % and one"
                + " attempt-finished event; the server answered every submission 200 FINISHED 100 %.");
        out.add("");
        for (int i = 0; i < measured.size(); i++) {
            Measured m = measured.get(i);
            ResultCheck k = checks.get(i);
            StringBuilder line = new StringBuilder(String.format("- %s: %d of %d learners have their result; lost %d,"
                    + " duplicated %d, graded below 100 %% %d", m.run().name(), k.finished(), k.learners(), k.lost(),
                    k.duplicated(), k.wrongGrade()));
            if (m.run().maxInFlight() > 1) {
                line.append(String.format("; up to %d requests in flight", m.run().maxInFlight()));
            }
            if (k.tx() != null) {
                line.append(String.format("; transactions that wrote a result: %d for %d results, attempt and event"
                                + " written by the same transaction in %d of %d", k.tx().distinctWriters(), k.tx().attemptsWithEvent(),
                        k.tx().eventInSameTransaction(), k.tx().attemptsWithEvent()));
            }
            line.append("; CPU per request: ").append(m.cpuPerRequest());
            if (m.commits().isPresent()) {
                line.append(String.format("; commits of any kind (pg_stat_database.xact_commit) %.2f per request",
                        (double) m.commits().getAsLong() / m.run().requests()));
            }
            out.add(line.append('.').toString());
            m.run().errors().stream().distinct().limit(3).forEach(e -> out.add("  - error: " + e));
        }
        System.out.println();
        out.forEach(System.out::println);
        System.out.println();
        Files.createDirectories(c.report().getParent());
        List<String> file = new ArrayList<>(out);
        file.add("");
        file.add("Run log:");
        file.add("");
        log.forEach(l -> file.add("    " + l));
        Files.write(c.report(), file);
        System.out.println("Written to " + c.report());
        return clean;
    }

    private static String verdict(boolean met, String target) {
        return (met ? "met: " : "**missed**: ") + target;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }

    private String libertyVersion() {
        try {
            return Files.readAllLines(c.wlp().resolve("lib/versions/openliberty.properties")).stream()
                    .filter(l -> l.startsWith("com.ibm.websphere.productVersion")).findFirst()
                    .map(l -> l.substring(l.indexOf('=') + 1)).orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }

    private synchronized void say(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("[bench] " + line);
        log.add(line);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
