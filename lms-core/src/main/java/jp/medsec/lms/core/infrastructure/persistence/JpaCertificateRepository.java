package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateCounter;
import jp.medsec.lms.core.domain.model.certificate.CertificateReminder;
import jp.medsec.lms.core.domain.model.certificate.CertificateRepository;
import jp.medsec.lms.core.domain.model.certificate.CertificateRequest;

import java.time.Instant;
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
    public Optional<Certificate> findForUpdate(String id) {
        return Optional.ofNullable(em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<String> dueForReminder(Instant after, Instant until, int limit) {
        return em.createNamedQuery("Certificate.dueForReminder", String.class).setParameter("after", after)
                .setParameter("until", until).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<CertificateReminder> reminder(String certificateId) {
        return Optional.ofNullable(em.find(CertificateReminder.class, certificateId));
    }

    @Override
    public boolean remindedOfExpiry(String learnerId, String courseId, Instant expiresAt) {
        return !em.createNamedQuery("CertificateReminder.forExpiry", CertificateReminder.class).setParameter("learnerId", learnerId)
                .setParameter("courseId", courseId).setParameter("expiresAt", expiresAt).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void store(CertificateReminder reminder) {
        em.persist(reminder);
        em.flush();
    }

    @Override
    public int next(String counter) {
        return locked(counter).next();
    }

    @Override
    public void lock(String counter) {
        locked(counter);
    }

    private CertificateCounter locked(String counter) {
        CertificateCounter row = em.find(CertificateCounter.class, counter, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            // First use; a parallel first use loses on the primary key and its transaction is retried.
            row = new CertificateCounter(counter);
            em.persist(row);
            em.flush();
            em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
    }

    @Override
    public List<Certificate> ofStaff(String institutionId, String departmentId) {
        String jpql = "SELECT c FROM Certificate c, Learner l WHERE l.id = c.learnerId AND l.institution.id = :institution"
                + (departmentId == null ? "" : " AND l.department.id = :department") + " ORDER BY c.issuedAt DESC";
        var query = em.createQuery(jpql, Certificate.class).setParameter("institution", institutionId);
        if (departmentId != null) {
            query.setParameter("department", departmentId);
        }
        return query.getResultList();
    }

    @Override
    public List<Certificate> validOfCourse(String courseId, String institutionId) {
        String jpql = institutionId == null
                ? "SELECT c FROM Certificate c WHERE c.courseId = :course AND c.validFlag = 1 ORDER BY c.number"
                : "SELECT c FROM Certificate c, Learner l WHERE l.id = c.learnerId AND l.institution.id = :institution"
                + " AND c.courseId = :course AND c.validFlag = 1 ORDER BY c.number";
        var query = em.createQuery(jpql, Certificate.class).setParameter("course", courseId);
        if (institutionId != null) {
            query.setParameter("institution", institutionId);
        }
        return query.getResultList();
    }

    @Override
    public void store(CertificateRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public Optional<CertificateRequest> findRequest(String id) {
        return Optional.ofNullable(em.find(CertificateRequest.class, id));
    }

    @Override
    public Optional<CertificateRequest> openRequest(String learnerId, String courseId, int cycle) {
        return em.createNamedQuery("CertificateRequest.open", CertificateRequest.class).setParameter("learnerId", learnerId)
                .setParameter("courseId", courseId).setParameter("cycle", cycle).getResultStream().findFirst();
    }

    @Override
    public List<CertificateRequest> pendingRequests(int limit) {
        return em.createNamedQuery("CertificateRequest.pending", CertificateRequest.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CertificateRequest> requestsOf(String learnerId) {
        return em.createNamedQuery("CertificateRequest.ofLearner", CertificateRequest.class)
                .setParameter("learnerId", learnerId).getResultList();
    }
}
