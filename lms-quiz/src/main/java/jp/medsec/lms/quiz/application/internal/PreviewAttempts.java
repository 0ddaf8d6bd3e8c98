package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.SessionScoped;
import jp.medsec.lms.quiz.domain.model.attempt.Attempt;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The preview attempts of one HTTP session: at most one per quiz, and at most {@link #MAX_QUIZZES} quizzes (the
 * oldest is dropped), so a session cannot hold much memory. They are never stored in the database and are lost with
 * the session (or if a server ever serialises sessions: the map is transient), which is what a preview should do.
 */
@SessionScoped
class PreviewAttempts implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_QUIZZES = 10;

    private transient Map<String, Attempt> byQuiz;

    private Map<String, Attempt> map() {
        if (byQuiz == null) {
            byQuiz = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Attempt> eldest) {
                    return size() > MAX_QUIZZES;
                }
            };
        }
        return byQuiz;
    }

    /** Runs work on this session's previews with no other request of the session in between (two tabs). */
    synchronized <T> T locked(Supplier<T> work) {
        return work.get();
    }

    synchronized Optional<Attempt> of(String activityId) {
        return Optional.ofNullable(map().get(activityId));
    }

    synchronized void put(String activityId, Attempt attempt) {
        map().put(activityId, attempt);
    }
}
