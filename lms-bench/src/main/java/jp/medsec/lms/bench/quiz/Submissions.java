package jp.medsec.lms.bench.quiz;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fires final submissions ({@code POST …/attempts/{id}/submit}) of prepared learners, as their browsers would, and
 * records each answer's time and whether it was right: HTTP 200 with the attempt FINISHED and graded 100 %. The same
 * runs fire a floor request instead ({@link #floor}): the cheapest request of a logged-in learner, to show what any
 * request costs on this server before a submission does its own work.
 */
final class Submissions {

    /**
     * A learner ready to submit: logged in, with an attempt in progress at a quiz and all its {@code answers} saved
     * once (revision 1).
     */
    record Ready(String learnerId, Lms.Session session, String attemptId, JsonObject answers) {
    }

    /** How a scenario went, as the browsers saw it. */
    record Run(String name, int learners, int requests, double seconds, Latencies latencies, List<String> errors,
               int maxInFlight, double meanResponseChars) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private record Outcome(long nanos, int chars, String error) {
    }

    private final Function<Ready, Outcome> request;
    private final Function<Ready, CompletableFuture<Outcome>> asyncRequest;

    private Submissions(Function<Ready, Outcome> request, Function<Ready, CompletableFuture<Outcome>> asyncRequest) {
        this.request = request;
        this.asyncRequest = asyncRequest;
    }

    /** Final submissions of the prepared attempts at the quiz at {@code quizPath}. */
    static Submissions of(String quizPath) {
        return new Submissions(r -> outcome(() -> r.session().post(submitPath(quizPath, r), "{}"), Submissions::problem),
                r -> outcome(r.session().postAsync(submitPath(quizPath, r), "{}"), Submissions::problem));
    }

    /**
     * The autosave of the quiz at {@code quizPath}, not a submission: the prepared answers saved again on revision 1,
     * as the page does while the learner works (the quiz's own lighter write: context, lock, one row updated).
     */
    static Submissions autosave(String quizPath) {
        Function<Ready, String> body = r -> Json.createObjectBuilder().add("revision", 1).add("answers", r.answers()).build().toString();
        Function<Lms.Reply, String> problem = reply -> reply.status() == 200 && reply.json().getInt("revision", 0) == 2 ? null
                : "HTTP " + reply.status() + " " + reply.body().substring(0, Math.min(300, reply.body().length()));
        return new Submissions(r -> outcome(() -> r.session().put(answersPath(quizPath, r), body.apply(r)), problem),
                r -> outcome(r.session().callAsync("PUT", answersPath(quizPath, r), body.apply(r)), problem));
    }

    /**
     * A floor, not a submission: {@code method path} with {@code json} (null for none) in each learner's session,
     * expecting {@code status}.
     */
    static Submissions floor(String method, String path, String json, int status) {
        Function<Lms.Reply, String> problem = reply -> reply.status() == status ? null
                : "HTTP " + reply.status() + " " + reply.body().substring(0, Math.min(300, reply.body().length()));
        return new Submissions(r -> outcome(() -> r.session().call(method, path, json), problem),
                r -> outcome(r.session().callAsync(method, path, json), problem));
    }

    /** One learner after another: the time of one submission with nothing else going on. */
    Run sequential(String name, List<Ready> learners) {
        List<Outcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        for (Ready r : learners) {
            outcomes.add(request.apply(r));
        }
        return run(name, learners.size(), outcomes, System.nanoTime() - start, 1);
    }

    /** {@code threads} learners submitting at every moment, each taking the next learner when its answer arrives. */
    Run concurrent(String name, List<Ready> learners, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Outcome>>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    go.await();
                    List<Outcome> mine = new ArrayList<>();
                    for (int i = next.getAndIncrement(); i < learners.size(); i = next.getAndIncrement()) {
                        mine.add(request.apply(learners.get(i)));
                    }
                    return mine;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<List<Outcome>> w : workers) {
                outcomes.addAll(w.get());
            }
            return run(name, learners.size(), outcomes, System.nanoTime() - start, threads);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Every learner submits within {@code seconds}, at evenly spaced moments, whether or not earlier answers have
     * arrived (as people do at the end of a session). With {@code copies} 2 each browser sends the submission twice at
     * once (a double click), which must give the same result twice, not a second result.
     */
    Run spread(String name, List<Ready> learners, int seconds, int copies) {
        long interval = (long) (seconds * 1e9 / learners.size());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<CompletableFuture<Outcome>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < learners.size(); i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            for (int k = 0; k < copies; k++) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                sent.add(asyncRequest.apply(learners.get(i)).whenComplete((o, e) -> inFlight.decrementAndGet()));
            }
        }
        List<Outcome> outcomes = sent.stream().map(CompletableFuture::join).toList();
        return run(name, learners.size(), outcomes, System.nanoTime() - start, maxInFlight.get());
    }

    private static String answersPath(String quizPath, Ready r) {
        return quizPath + "/attempts/" + r.attemptId() + "/answers";
    }

    private static String submitPath(String quizPath, Ready r) {
        return quizPath + "/attempts/" + r.attemptId() + "/submit";
    }

    private static Outcome outcome(Supplier<Lms.Reply> send, Function<Lms.Reply, String> problem) {
        long start = System.nanoTime();
        try {
            Lms.Reply reply = send.get();
            return new Outcome(reply.nanos(), reply.body().length(), problem.apply(reply));
        } catch (RuntimeException e) {
            return new Outcome(System.nanoTime() - start, 0, e.toString());
        }
    }

    private static CompletableFuture<Outcome> outcome(CompletableFuture<Lms.Reply> sent, Function<Lms.Reply, String> problem) {
        long start = System.nanoTime();
        return sent.handle((reply, e) -> e == null
                ? new Outcome(reply.nanos(), reply.body().length(), problem.apply(reply))
                : new Outcome(System.nanoTime() - start, 0, e.toString()));
    }

    /** What is wrong with a submission's answer, or null when it is the graded, finished attempt expected. */
    private static String problem(Lms.Reply reply) {
        if (reply.status() != 200) {
            return "HTTP " + reply.status() + " " + reply.body().substring(0, Math.min(300, reply.body().length()));
        }
        JsonObject attempt = reply.json();
        if (!"FINISHED".equals(attempt.getString("state", ""))) {
            return "state " + attempt.getString("state", "?");
        }
        if (!(attempt.get("percent") instanceof JsonNumber percent) || percent.doubleValue() < 99.999) {
            return "graded " + attempt.get("percent") + " %, expected 100 %: saved answers missing";
        }
        return null;
    }

    private static Run run(String name, int learners, List<Outcome> outcomes, long nanos, int maxInFlight) {
        long[] times = outcomes.stream().mapToLong(Outcome::nanos).toArray();
        List<String> errors = outcomes.stream().map(Outcome::error).filter(e -> e != null).toList();
        double chars = outcomes.stream().mapToInt(Outcome::chars).average().orElse(0);
        return new Run(name, learners, outcomes.size(), nanos / 1e9, Latencies.of(times), errors, maxInFlight, chars);
    }
}
