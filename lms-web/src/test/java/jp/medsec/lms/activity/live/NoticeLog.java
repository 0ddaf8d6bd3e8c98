package jp.medsec.lms.activity.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test stand-in for the mail outbox: remembers every notice and whether it came inside a transaction. */
@ApplicationScoped
public class NoticeLog {

    public record Seen(SessionNotice notice, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    void on(@Observes SessionNotice notice) {
        seen.add(new Seen(notice, transactions.getTransactionKey() != null));
    }

    public List<Seen> of(String sessionId) {
        return seen.stream().filter(s -> s.notice().sessionId().equals(sessionId)).toList();
    }
}
