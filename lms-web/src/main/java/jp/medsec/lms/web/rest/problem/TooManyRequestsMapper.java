package jp.medsec.lms.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jp.medsec.lms.web.rest.TooManyRequestsException;

/**
 * 429 with Retry-After (whole seconds), and a message that says how long (for logins without saying whether the
 * account exists).
 */
@Provider
public class TooManyRequestsMapper extends ProblemMapper<TooManyRequestsException> {

    @Override
    public Response toResponse(TooManyRequestsException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        Response problem = problem(Response.Status.TOO_MANY_REQUESTS, e.code(), e.getMessage());
        Problem body = (Problem) problem.getEntity();
        Problem withTime = new Problem(body.type(), body.title(), body.status(), body.detail().replace("{seconds}", String.valueOf(seconds)),
                body.instance(), null);
        return Response.fromResponse(problem).entity(withTime).header("Retry-After", seconds).build();
    }
}
