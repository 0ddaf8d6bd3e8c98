package jp.medsec.lms.activity.live.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.medsec.lms.activity.live.SessionNotice;
import jp.medsec.lms.core.application.mail.MailMessage;
import jp.medsec.lms.core.application.mail.MailOutbox;
import jp.medsec.lms.core.application.mail.MailSettings;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Puts a mail in the outbox for every {@link SessionNotice}. A plain (synchronous, in-transaction) observer on
 * purpose: the mail is written in the transaction that changed the registration or the session, so it exists
 * exactly when the change does; sending happens later and can never undo the change. A notice that cannot be
 * written as a mail (the learner or course no longer exists) is logged and skipped rather than failing the
 * learner's action.
 */
@ApplicationScoped
public class SessionNoticeMailer {

    private static final Logger LOG = Logger.getLogger(SessionNoticeMailer.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    LearnerRepository learners;

    @Inject
    CourseRepository courses;

    void onNotice(@Observes SessionNotice notice) {
        compose(notice).ifPresent(outbox::enqueue);
    }

    Optional<MailMessage> compose(SessionNotice notice) {
        // Every account has an e-mail (it is the login name), so the only gap is a record that disappeared.
        Optional<Learner> learner = learners.find(notice.learnerId());
        Optional<Course> course = courses.find(notice.courseId());
        Optional<Activity> activity = course.flatMap(c -> c.findActivity(notice.activityId()));
        if (learner.isEmpty() || activity.isEmpty()) {
            LOG.warning("No mail for " + notice.kind() + " of session " + notice.sessionId() + ": "
                    + (learner.isEmpty() ? "learner " + notice.learnerId() : "activity " + notice.activityId()) + " not found");
            return Optional.empty();
        }
        Locale language = learner.get().preferredLanguage();
        return Optional.of(SessionMail.compose(notice, learner.get().email(), learner.get().fullName(), language,
                course.get().title().in(language), activity.get().title().in(language), settings.publicUrl()));
    }
}
