package jp.medsec.lms.web.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jp.medsec.lms.web.rest.Caller;

/**
 * The errors JAX-RS raises itself (unknown path 404, wrong method 405, wrong content type 415, unreadable
 * body 400, role check 403) as problem details. A role check failing for nobody-logged-in is a 401.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    @Inject
    Caller caller;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 403 && !caller.isLoggedIn()) {
            status = 401;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        if (type == null) {
            type = Response.Status.BAD_REQUEST;
        }
        String code = switch (status) {
            case 400 -> "request.malformed";
            case 401 -> "auth.required";
            case 403 -> "auth.forbidden";
            case 404 -> "request.not-found";
            case 405 -> "request.method-not-allowed";
            case 406 -> "request.not-acceptable";
            case 413 -> "request.too-large";
            case 415 -> "request.unsupported-media-type";
            default -> "request.failed";
        };
        return problem(type, code, type.getReasonPhrase());
    }
}
