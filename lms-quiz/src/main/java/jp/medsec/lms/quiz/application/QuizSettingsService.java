package jp.medsec.lms.quiz.application;

import jakarta.json.JsonObject;
import jp.medsec.lms.core.application.Actor;

/**
 * Trainers build a quiz from the bank: which categories or tags its questions are drawn from and how many, the time
 * limit, attempts, grading, pass mark, feedback and review options of a quiz activity in a course of their track
 * (anything else answers as not found). Settings are checked by the quiz plugin as at import; a save based on settings
 * that changed meanwhile (another trainer saved) is refused, so nobody overwrites what they have not seen. Attempts
 * already started keep the questions and the deadline they started with.
 */
public interface QuizSettingsService {

    /** The quiz's settings as stored, and their revision (to send back with a change). */
    Current current(String callerId, String courseId, String activityId);

    /** Stores new settings based on {@code basedOnRevision}; returns the new current ones. Audited. */
    Current change(Actor actor, String courseId, String activityId, String basedOnRevision, JsonObject settings);

    record Current(JsonObject settings, String revision) {
    }
}
