package jp.medsec.lms.spi;

import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * For plugins whose activity is decided on the server (a graded quiz attempt, attendance taken from a meeting
 * report): records an event the plugin's own code observed, then lets the plugin decide completion from all events,
 * as for events a learner's page sends. Events recorded here need not be in {@link ActivityType#acceptedEvents()},
 * so a learner's client can never post them itself. The core provides this as a CDI bean; it joins the caller's
 * transaction, so the plugin's own change and the completion commit together or not at all.
 *
 * @since SPI 1.2
 */
public interface ActivityRecorder {

    /** Records the event for an enrolled learner; the decision says whether the activity is now complete. */
    CompletionDecision recordServerEvent(String learnerId, String courseId, String activityId, String eventType,
                                         JsonObject payload);

    /**
     * The learner's current round (受講回) of the course: 1, then one more each time they re-take it in a new fiscal
     * year. Events and completions belong to the round they were recorded in; a plugin that keeps its own records
     * (quiz attempts) tags them with it, and records nothing for a round that is over.
     *
     * @since SPI 1.3
     */
    int round(String learnerId, String courseId);

    /** The trainer's settings of a published course's activity, for server work outside a request (a timer). */
    Optional<JsonObject> settingsOf(String courseId, String activityId);
}
