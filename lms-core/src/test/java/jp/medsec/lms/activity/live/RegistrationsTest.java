package jp.medsec.lms.activity.live;

import jp.medsec.lms.activity.live.RegistrationRefusedException.Reason;
import jp.medsec.lms.activity.live.Registrations.Application;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static jp.medsec.lms.activity.live.RegistrationStatus.CANCELLED;
import static jp.medsec.lms.activity.live.RegistrationStatus.REGISTERED;
import static jp.medsec.lms.activity.live.RegistrationStatus.WAITLISTED;
import static jp.medsec.lms.activity.live.SessionScheduleTest.CLOSES;
import static jp.medsec.lms.activity.live.SessionScheduleTest.OPENS;
import static jp.medsec.lms.activity.live.SessionScheduleTest.START;
import static jp.medsec.lms.activity.live.SessionScheduleTest.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegistrationsTest {

    private static final Instant NOW = OPENS.plus(Duration.ofDays(10));

    private static Registration r(String id, String learner, int minutesAfterOpening, RegistrationStatus status) {
        return new Registration(id, learner, OPENS.plus(Duration.ofMinutes(minutesAfterOpening)), status);
    }

    /** Applies in turn as the service would: store what the rules decide, then ask again with the new state. */
    private static List<Registration> applyAll(SessionSchedule session, List<String> learners) {
        List<Registration> stored = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            Application a = Registrations.of(session, stored).apply(learners.get(i), NOW.plusSeconds(i));
            stored.add(new Registration("reg-" + i, learners.get(i), NOW.plusSeconds(i), a.status()));
        }
        return stored;
    }

    private static RegistrationRefusedException refusal(Runnable action) {
        return assertThrows(RegistrationRefusedException.class, action::run);
    }

    @Test
    void applicantsGetPlacesUntilTheSessionIsFullThenJoinTheWaitlistInOrder() {
        var session = session(2);
        var stored = applyAll(session, List.of("a", "b", "c", "d"));
        assertEquals(List.of(REGISTERED, REGISTERED, WAITLISTED, WAITLISTED), stored.stream().map(Registration::status).toList());
        var rules = Registrations.of(session, stored);
        assertEquals(new Application(WAITLISTED, 3), rules.apply("e", NOW.plusSeconds(60)));
        assertEquals(OptionalInt.of(1), rules.waitlistPosition("c"));
        assertEquals(OptionalInt.of(2), rules.waitlistPosition("d"));
        assertEquals(OptionalInt.empty(), rules.waitlistPosition("a"));
        assertEquals(0, rules.placesLeft());
    }

    @Test
    void neverMoreRegisteredThanPlacesHoweverManyApply() {
        var stored = applyAll(session(25), java.util.stream.IntStream.range(0, 200).mapToObj(i -> "learner-" + i).toList());
        assertEquals(25, stored.stream().filter(s -> s.status() == REGISTERED).count());
        assertEquals(175, stored.stream().filter(s -> s.status() == WAITLISTED).count());
    }

    @Test
    void whenSomeoneCancelsTheFirstOnTheWaitlistIsPromoted() {
        var session = session(2);
        var stored = List.of(
                r("r1", "a", 0, REGISTERED), r("r2", "b", 1, REGISTERED),
                r("r4", "d", 5, WAITLISTED), r("r3", "c", 3, WAITLISTED));
        var cancellation = Registrations.of(session, stored).cancel("a", NOW);
        assertEquals(r("r1", "a", 0, CANCELLED), cancellation.cancelled());
        assertEquals(Optional.of(r("r3", "c", 3, REGISTERED)), cancellation.promoted(), "c applied before d");
    }

    @Test
    void applicantsWhoAppliedAtTheSameMomentAreOrderedById() {
        var stored = List.of(r("r1", "a", 0, REGISTERED), r("r9", "z", 7, WAITLISTED), r("r5", "y", 7, WAITLISTED));
        assertEquals("y", Registrations.of(session(1), stored).cancel("a", NOW).promoted().orElseThrow().learnerId());
    }

    @Test
    void cancellingAWaitPromotesNobodyAndMovesTheOthersUp() {
        var stored = List.of(r("r1", "a", 0, REGISTERED), r("r2", "b", 1, WAITLISTED), r("r3", "c", 2, WAITLISTED));
        var cancellation = Registrations.of(session(1), stored).cancel("b", NOW);
        assertEquals(Optional.empty(), cancellation.promoted());
        var after = List.of(stored.get(0), cancellation.cancelled(), stored.get(2));
        assertEquals(OptionalInt.of(1), Registrations.of(session(1), after).waitlistPosition("c"));
    }

    @Test
    void aCancellationWithNobodyWaitingJustFreesThePlaceForTheNextApplicant() {
        var stored = List.of(r("r1", "a", 0, REGISTERED));
        var cancellation = Registrations.of(session(1), stored).cancel("a", NOW);
        assertEquals(Optional.empty(), cancellation.promoted());
        assertEquals(new Application(REGISTERED, 0),
                Registrations.of(session(1), List.of(cancellation.cancelled())).apply("b", NOW));
    }

    @Test
    void aLearnerWhoCancelledMayApplyAgainAndGoesToTheBackOfTheLine() {
        var stored = List.of(r("r1", "a", 0, REGISTERED), r("r2", "b", 1, WAITLISTED), r("r3", "c", 2, CANCELLED));
        assertEquals(new Application(WAITLISTED, 2), Registrations.of(session(1), stored).apply("c", NOW));
    }

    @Test
    void aNewcomerDoesNotOvertakeTheWaitlistWhenPlacesAppear() {
        // Capacity was raised from 1 to 2 and the promotion has not been applied yet.
        var stored = List.of(r("r1", "a", 0, REGISTERED), r("r2", "b", 1, WAITLISTED));
        assertEquals(new Application(WAITLISTED, 2), Registrations.of(session(2), stored).apply("c", NOW));
        assertEquals(new Application(REGISTERED, 0), Registrations.of(session(3), stored).apply("c", NOW));
    }

    @Test
    void raisingTheCapacityPromotesTheWaitlistInOrderAndLoweringItRemovesNobody() {
        var stored = List.of(r("r1", "a", 0, REGISTERED), r("r3", "c", 3, WAITLISTED), r("r2", "b", 2, WAITLISTED),
                r("r4", "d", 4, WAITLISTED));
        assertEquals(List.of(r("r2", "b", 2, REGISTERED), r("r3", "c", 3, REGISTERED)),
                Registrations.of(session(3), stored).promotable(NOW));
        var overfull = List.of(r("r1", "a", 0, REGISTERED), r("r2", "b", 1, REGISTERED), r("r3", "c", 2, REGISTERED),
                r("r4", "d", 3, WAITLISTED));
        var lowered = Registrations.of(session(2), overfull);
        assertEquals(0, lowered.placesLeft());
        assertEquals(List.of(), lowered.promotable(NOW));
        assertEquals(Optional.empty(), lowered.cancel("a", NOW).promoted(), "3 registered for 2 places: nobody moves up yet");
        assertEquals(List.of(), Registrations.of(session(3), stored).promotable(START), "too late once started");
    }

    @Test
    void applicationsOutsideTheWindowOrForASessionNotScheduledAreRefused() {
        assertEquals(Reason.APPLICATIONS_NOT_OPEN, refusal(() -> Registrations.of(session(5), List.of()).apply("a", OPENS.minusSeconds(1))).reason());
        assertEquals(Reason.APPLICATIONS_CLOSED, refusal(() -> Registrations.of(session(5), List.of()).apply("a", CLOSES)).reason());
        assertEquals(Reason.SESSION_CANCELLED, refusal(() -> Registrations.of(session(5).cancel(), List.of()).apply("a", NOW)).reason());
        assertEquals(Reason.SESSION_HELD, refusal(() -> Registrations.of(session(5).markHeld(START), List.of()).apply("a", NOW)).reason());
    }

    @Test
    void applyingTwiceIsRefusedWithAStableCode() {
        var stored = List.of(r("r1", "a", 0, REGISTERED), r("r2", "b", 1, WAITLISTED));
        var twice = refusal(() -> Registrations.of(session(1), stored).apply("a", NOW));
        assertEquals(Reason.ALREADY_REGISTERED, twice.reason());
        assertEquals("live.registration.already-registered", twice.code());
        assertEquals(Reason.ALREADY_WAITLISTED, refusal(() -> Registrations.of(session(1), stored).apply("b", NOW)).reason());
    }

    @Test
    void cancellingIsRefusedWithoutARegistrationOrOnceTheSessionHasStarted() {
        var stored = List.of(r("r1", "a", 0, REGISTERED), r("r2", "b", 1, CANCELLED));
        assertEquals(Reason.NOT_REGISTERED, refusal(() -> Registrations.of(session(1), stored).cancel("b", NOW)).reason());
        assertEquals(Reason.NOT_REGISTERED, refusal(() -> Registrations.of(session(1), stored).cancel("x", NOW)).reason());
        assertEquals(Reason.SESSION_STARTED, refusal(() -> Registrations.of(session(1), stored).cancel("a", START)).reason());
        assertEquals(Reason.SESSION_CANCELLED, refusal(() -> Registrations.of(session(1).cancel(), stored).cancel("a", NOW)).reason());
    }

    @Test
    void twoRowsForOneLearnerAreADataErrorNotARule() {
        assertThrows(IllegalArgumentException.class, () -> Registrations.of(session(1),
                List.of(r("r1", "a", 0, REGISTERED), r("r2", "a", 1, WAITLISTED))));
    }
}
