package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.domain.model.audit.AuditEntry;
import jp.medsec.lms.core.domain.model.audit.AuditRepository;

import java.time.Clock;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultAuditLog implements AuditLog {

    @Inject
    AuditRepository entries;

    @Inject
    Clock clock;

    @Override
    public void record(String action, String actor, String subject, String address, String detail) {
        entries.append(new AuditEntry(clock.instant(), action, actor, subject, address, detail));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latest(String action, int limit) {
        return entries.latest(action, Math.max(1, Math.min(limit, 500)));
    }
}
