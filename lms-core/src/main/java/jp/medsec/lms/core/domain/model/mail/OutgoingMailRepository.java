package jp.medsec.lms.core.domain.model.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface OutgoingMailRepository {

    void add(OutgoingMail mail);

    Optional<OutgoingMail> find(String id);

    /** Ids and versions of PENDING mails due at {@code now}, oldest first. */
    List<Due> due(Instant now, int limit);

    /**
     * Takes a due mail for one send: counts the attempt and moves its next attempt to {@code leaseUntil}, only if
     * it is still at {@code version}: every change bumps the version, so the row is then still the PENDING, due
     * mail that was read. False: another sender took it (or it changed) first.
     */
    boolean claim(String id, long version, Instant leaseUntil);

    /** Newest first; {@code status} null for all. */
    List<OutgoingMail> list(MailStatus status, int offset, int limit);

    long count(MailStatus status);

    Map<MailStatus, Long> countByStatus();

    record Due(String id, long version) {
    }
}
