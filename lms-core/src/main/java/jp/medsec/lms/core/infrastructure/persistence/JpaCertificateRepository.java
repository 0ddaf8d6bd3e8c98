package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateCounter;
import jp.medsec.lms.core.domain.model.certificate.CertificateRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public void storeNow(Certificate certificate) {
        em.persist(certificate);
        em.flush();
    }

    @Override
    public Optional<Certificate> find(String id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> findByCode(String verificationCode) {
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", verificationCode)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> findValid(String learnerId, String courseId, int cycle) {
        return em.createNamedQuery("Certificate.valid", Certificate.class).setParameter("learnerId", learnerId)
                .setParameter("courseId", courseId).setParameter("cycle", cycle).getResultStream().findFirst();
    }

    @Override
    public List<Certificate> ofLearner(String learnerId) {
        return em.createNamedQuery("Certificate.ofLearner", Certificate.class).setParameter("learnerId", learnerId)
                .getResultList();
    }

    @Override
    public List<Certificate> search(String courseId, int limit) {
        var query = courseId == null ? em.createNamedQuery("Certificate.latest", Certificate.class)
                : em.createNamedQuery("Certificate.ofCourse", Certificate.class).setParameter("courseId", courseId);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Integer> revokedIndexes() {
        return em.createNamedQuery("Certificate.revokedIndexes", Integer.class).getResultList();
    }

    @Override
    public int next(String counter) {
        CertificateCounter row = em.find(CertificateCounter.class, counter, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            // First use; a parallel first use loses on the primary key and its transaction is retried.
            row = new CertificateCounter(counter);
            em.persist(row);
            em.flush();
            em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        }
        return row.next();
    }
}
