package jp.medsec.lms.activity.video.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;

/**
 * The transactional half of an upload: the record and its audit entry, written together once the file is in place.
 * Apart from {@link DefaultMediaService} so that a long upload never holds a transaction (or its timeout) open.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MediaRecords {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Inject
    AuditLog audit;

    public void store(Actor actor, StoredMedia media) {
        em.persist(media);
        audit.record(AuditLog.MEDIA_UPLOADED, actor.learnerId(), media.id(), actor.address(),
                media.kind() + " " + media.displayName() + " (" + media.sizeBytes() + " bytes, sha-256 " + media.sha256() + ")");
    }
}
