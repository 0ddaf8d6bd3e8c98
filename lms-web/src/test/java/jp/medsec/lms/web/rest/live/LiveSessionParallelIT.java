package jp.medsec.lms.web.rest.live;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.LiveCourses;
import jp.medsec.lms.web.support.LiveCourses.LiveCourse;
import jp.medsec.lms.web.support.Parallel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parallel applications for the last places: the session is never overbooked, the rest wait in the order they got
 * in, and the only refusals are clean ones. The database takes the session row's lock, and refuses more registrations
 * than places on its own.
 */
class LiveSessionParallelIT {

    @Test
    void manyLearnersApplyingAtOnceForTheLastPlacesNeverOverbookTheSession() throws Exception {
        LiveCourse course = LiveCourses.create("ライブ講習 同時申込");
        int capacity = 5;
        String session = LiveCourses.schedule(course, Duration.ofDays(7), capacity);
        String apply = course.session(session) + "/application";
        for (int i = 0; i < 3; i++) {
            assertEquals(200, LiveCourses.enrolledLearner(course, "先着 " + i).post(apply, "{}").status());
        }
        int applicants = 16;
        List<HttpSession> learners = IntStream.range(0, applicants)
                .mapToObj(i -> LiveCourses.enrolledLearner(course, "同時 " + i)).toList();

        List<Callable<Reply>> calls = new ArrayList<>();
        learners.forEach(l -> calls.add(() -> l.post(apply, "{}")));
        List<Reply> replies = Parallel.all(calls);

        replies.forEach(r -> assertEquals(200, r.status(), r.toString()));
        long registered = replies.stream().filter(r -> r.json().getString("myStatus").equals("REGISTERED")).count();
        assertEquals(capacity - 3, registered, "exactly the last places were given");
        List<Integer> positions = replies.stream().map(Reply::json).filter(j -> j.getString("myStatus").equals("WAITLISTED"))
                .map(j -> j.getInt("waitlistPosition")).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, applicants - 2).boxed().toList(), positions, "one position each, none skipped");

        List<JsonObject> rows = HttpSession.administrator().get(course.session(session) + "/registrations").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(capacity, rows.stream().filter(r -> r.getString("status").equals("REGISTERED")).count());
        JsonObject facts = HttpSession.administrator().get(course.base() + "/sessions").array().getJsonObject(0).getJsonObject("session");
        assertEquals(capacity, facts.getInt("registered"));
        assertEquals(0, facts.getInt("placesLeft"));
        assertEquals(applicants - 2, facts.getInt("waiting"));
        // The waitlist is in the order of application: positions follow the application times.
        List<JsonObject> waiting = rows.stream().filter(r -> r.getString("status").equals("WAITLISTED"))
                .sorted(Comparator.comparing(r -> r.getInt("waitlistPosition"))).toList();
        for (int i = 1; i < waiting.size(); i++) {
            assertTrue(!Instant.parse(waiting.get(i).getString("appliedAt")).isBefore(Instant.parse(waiting.get(i - 1).getString("appliedAt"))),
                    "waitlist order follows application order");
        }
    }

    @Test
    void oneLearnerDoubleClickingGetsOneRegistration() throws Exception {
        LiveCourse course = LiveCourses.create("ライブ講習 二重申込");
        String session = LiveCourses.schedule(course, Duration.ofDays(7), 3);
        HttpSession learner = LiveCourses.enrolledLearner(course, "連打 太郎");
        String apply = course.session(session) + "/application";

        List<Reply> replies = Parallel.times(8, () -> learner.post(apply, "{}"));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies.toString());
        replies.stream().filter(r -> r.status() != 200).forEach(r -> {
            assertEquals(409, r.status(), r.toString());
            assertEquals("/problems/live.registration.already-registered", r.json().getString("type"));
        });
        assertEquals(1, HttpSession.administrator().get(course.session(session) + "/registrations").array().size());
        assertEquals(1, HttpSession.administrator().get(course.base() + "/sessions").array().getJsonObject(0)
                .getJsonObject("session").getInt("registered"));
    }
}
