package jp.medsec.lms.web.rest.problem;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Two requests changed the same data at once (a double click enrolling twice hits a unique constraint;
 * a stale version fails the optimistic lock): nothing was saved by the loser, 409, try again. Any other
 * database failure is a server error and goes to the catch-all.
 */
@Provider
public class PersistenceConflictMapper extends ProblemMapper<PersistenceException> {

    private static final Logger LOG = Logger.getLogger(PersistenceConflictMapper.class.getName());

    @Inject
    CatchAllMapper catchAll;

    @Override
    public Response toResponse(PersistenceException e) {
        if (!isConflict(e)) {
            return catchAll.toResponse(e);
        }
        LOG.info(() -> "Concurrent change refused: " + e.getClass().getSimpleName());
        return problem(Status.CONFLICT, "request.conflict",
                "The data changed while this request ran; nothing was saved. Please try again.");
    }

    /** An optimistic-lock failure, or an integrity-constraint violation (SQLSTATE class 23) anywhere in the causes. */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
