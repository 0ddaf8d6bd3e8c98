package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.quiz.application.QuizSettingsService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@ApplicationScoped
@Transactional
public class DefaultQuizSettingsService implements QuizSettingsService {

    @Inject
    TrainerScope scope;

    @Inject
    ContentImportService content;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Current current(String callerId, String courseId, String activityId) {
        var quiz = scope.quiz(callerId, courseId, activityId);
        return new Current(quiz.settings(), revision(quiz.activity().settings()));
    }

    @Override
    public Current change(Actor actor, String courseId, String activityId, String basedOnRevision, JsonObject settings) {
        var quiz = scope.quiz(actor.learnerId(), courseId, activityId);
        if (!revision(quiz.activity().settings()).equals(basedOnRevision)) {
            throw new ConflictException("quiz.settings-stale", "The quiz's settings were changed meanwhile; reload them and make your change again");
        }
        content.changeActivitySettings(actor, quiz.course().id(), quiz.activity().id(), settings);
        return new Current(settings, revision(settings.toString()));
    }

    /** A short digest of the stored settings: equal settings, equal revision. */
    static String revision(String storedSettings) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(storedSettings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
