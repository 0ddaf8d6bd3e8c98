package jp.medsec.lms.core.domain.model.audit;

import java.util.List;

/** Append and read; there is deliberately no update or delete. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** Newest first, optionally only one action, at most {@code limit} entries. */
    List<AuditEntry> latest(String action, int limit);
}
