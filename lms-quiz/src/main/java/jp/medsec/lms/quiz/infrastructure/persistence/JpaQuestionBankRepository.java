package jp.medsec.lms.quiz.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.medsec.lms.quiz.domain.model.bank.BankQuestion;
import jp.medsec.lms.quiz.domain.model.bank.QuestionBankRepository;
import jp.medsec.lms.quiz.domain.model.bank.QuestionVersion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuestionBankRepository implements QuestionBankRepository {

    @PersistenceContext(unitName = "lms-quiz")
    private EntityManager em;

    @Override
    public void store(BankQuestion question) {
        em.persist(question);
    }

    @Override
    public void store(QuestionVersion version) {
        em.persist(version);
    }

    @Override
    public Optional<BankQuestion> find(String questionId) {
        return Optional.ofNullable(em.find(BankQuestion.class, questionId));
    }

    @Override
    public Optional<QuestionVersion> findVersion(String versionId) {
        return Optional.ofNullable(em.find(QuestionVersion.class, versionId));
    }

    @Override
    public List<BankQuestion> search(String categoryPrefix, String tag) {
        StringBuilder jpql = new StringBuilder("SELECT q FROM BankQuestion q WHERE 1 = 1");
        boolean byCategory = categoryPrefix != null && !categoryPrefix.isBlank();
        boolean byTag = tag != null && !tag.isBlank();
        if (byCategory) {
            jpql.append(" AND (q.category = :category OR q.category LIKE :below ESCAPE '!')");
        }
        if (byTag) {
            jpql.append(" AND q.tags LIKE :tag ESCAPE '!'");
        }
        TypedQuery<BankQuestion> query = em.createQuery(jpql.append(" ORDER BY q.category, q.name").toString(), BankQuestion.class);
        if (byCategory) {
            query.setParameter("category", categoryPrefix).setParameter("below", like(categoryPrefix) + "/%");
        }
        if (byTag) {
            query.setParameter("tag", "%|" + like(tag) + "|%");
        }
        return query.getResultList();
    }

    /** Escapes LIKE's wildcards so a category or tag is matched as written. */
    private static String like(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public List<QuestionVersion> latestVersions(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("QuestionVersion.latestOf", QuestionVersion.class).setParameter("ids", questionIds)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(q) FROM BankQuestion q", Long.class).getSingleResult();
    }
}
