package jp.medsec.lms.quiz.domain.model.bank;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface QuestionBankRepository {

    void store(BankQuestion question);

    void store(QuestionVersion version);

    Optional<BankQuestion> find(String questionId);

    Optional<QuestionVersion> findVersion(String versionId);

    /** Questions under a category path prefix ("" for any) and with a tag (null for any), by category and name. */
    List<BankQuestion> search(String categoryPrefix, String tag);

    /** The latest version of each of these questions. */
    List<QuestionVersion> latestVersions(Collection<String> questionIds);

    long count();
}
