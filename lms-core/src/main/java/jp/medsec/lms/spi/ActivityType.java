package jp.medsec.lms.spi;

import jakarta.json.JsonObject;

import java.util.List;
import java.util.Set;

/**
 * A kind of activity a course can contain (a lesson page, a quiz, a live session...).
 * <p>
 * Implementations are CDI beans ({@code @ApplicationScoped}) in any jar of the application; the core finds
 * them by type and checks their {@link #descriptor()} once at start-up. The core stores the activity, the
 * learner's events and the completions; the plugin owns the meaning of its settings and events, and decides
 * completion from the events alone, so the decision can be replayed and audited.
 */
public interface ActivityType {

    PluginDescriptor descriptor();

    /** Checks settings a trainer wrote; throws with every problem found, not just the first. */
    void validateSettings(JsonObject settings) throws InvalidSettingsException;

    /** The event types a learner's client may record for this activity; anything else is refused. */
    Set<String> acceptedEvents();

    /**
     * What the learner sees: already-safe HTML plus data the client needs (never answers or keys). The
     * learner's events so far let the plugin resume where they stopped.
     */
    ActivityContent present(ActivityContext context, List<LearnerEvent> events);

    /** Decides completion from all events the learner recorded on this activity, oldest first. */
    CompletionDecision decide(ActivityContext context, List<LearnerEvent> events);
}
