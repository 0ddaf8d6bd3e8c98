package jp.medsec.lms.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected: logged with an incident id that the 500 response repeats, no internals leaked. */
@Provider
@jakarta.enterprise.context.RequestScoped
public class CatchAllMapper extends ProblemMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(CatchAllMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        // The incident id lets support find the log entry; the message itself says nothing about the cause.
        return problems.response(Status.INTERNAL_SERVER_ERROR, "server.error",
                "An unexpected error occurred", null, headers, uri, incident);
    }
}
