package jp.medsec.lms.web.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.DomainException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.core.domain.model.shared.UnavailableException;
import jp.medsec.lms.web.rest.Caller;

import java.util.List;

/** Domain errors to status codes: not found 404, conflict 409, invalid 400, denied 403, not logged in 401, unavailable 503. */
@Provider
public class DomainExceptionMapper extends ProblemMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        Status status = statusOf(e);
        List<Problem.Violation> violations = e instanceof InvalidInputException invalid
                ? invalid.problems().stream().map(p -> new Problem.Violation(p.field(),
                        message(p.message(), p.message()))).toList()
                : List.of();
        return problem(status, e.code(), e.getMessage(), violations);
    }

    static Status statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return Status.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            return Status.CONFLICT;
        } else if (e instanceof AccessDeniedException) {
            return Status.FORBIDDEN;
        } else if (e instanceof Caller.NotLoggedInException) {
            return Status.UNAUTHORIZED;
        } else if (e instanceof UnavailableException) {
            return Status.SERVICE_UNAVAILABLE;
        }
        return Status.BAD_REQUEST;
    }
}
