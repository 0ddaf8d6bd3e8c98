package jp.medsec.lms.core.domain.model.certificate;

import java.util.List;
import java.util.Optional;

public interface CertificateRepository {

    /** Stores and flushes, so the unique keys speak here. */
    void storeNow(Certificate certificate);

    Optional<Certificate> find(String id);

    Optional<Certificate> findByCode(String verificationCode);

    Optional<Certificate> findValid(String learnerId, String courseId, int cycle);

    List<Certificate> ofLearner(String learnerId);

    /** Newest first, optionally of one course. */
    List<Certificate> search(String courseId, int limit);

    List<Integer> revokedIndexes();

    /** The next value of a named counter, drawn under a row lock (the row is created on first use). */
    int next(String counter);
}
