package jp.medsec.lms.core.infrastructure.persistence;

import java.sql.SQLException;

/**
 * Whether a failed transaction lost a race to a parallel one, so that running it again will see the winner's work:
 * an optimistic-lock conflict, a unique key taken (SQL state class 23), or the database choosing it as a deadlock
 * victim (class 40).
 */
public final class LostRace {

    private LostRace() {
    }

    public static boolean of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // JPA's exception, or EclipseLink's own of the same name when it surfaces at commit.
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }
}
