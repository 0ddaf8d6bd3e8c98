package jp.medsec.lms.web.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.DomainException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;

import java.util.List;

/** Domain errors to status codes: not found 404, conflict 409, invalid 400, denied 403, not logged in 401. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
        Status status = statusOf(e);
        List<Problem.Violation> violations = e instanceof InvalidInputException invalid
                ? invalid.problems().stream().map(p -> new Problem.Violation(p.field(),
                        problems.message(RequestLocale.of(headers), p.message()).orElse(p.message()))).toList()
                : List.of();
        return problems.response(status, e.code(), e.getMessage(), violations, headers, uri);
    }

    private static Status statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return Status.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            return Status.CONFLICT;
        } else if (e instanceof AccessDeniedException) {
            return Status.FORBIDDEN;
        } else if (e instanceof Caller.NotLoggedInException) {
            return Status.UNAUTHORIZED;
        }
        return Status.BAD_REQUEST;
    }
}
