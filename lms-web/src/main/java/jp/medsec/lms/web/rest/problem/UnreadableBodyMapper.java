package jp.medsec.lms.web.rest.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape ("minutes": "ten"): 400, never 500. */
@Provider
public class UnreadableBodyMapper extends ProblemMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return malformed(this);
    }

    static Response malformed(ProblemMapper<?> mapper) {
        return mapper.problem(Status.BAD_REQUEST, "request.malformed-json",
                "The request body is not valid JSON of the expected shape");
    }

    /** JSON-B failures that reach us without a ProcessingException around them. */
    @Provider
    public static class JsonbFailure extends ProblemMapper<JsonbException> {

        @Override
        public Response toResponse(JsonbException e) {
            return malformed(this);
        }
    }

    /** JSON-P failures, likewise. */
    @Provider
    public static class JsonFailure extends ProblemMapper<JsonException> {

        @Override
        public Response toResponse(JsonException e) {
            return malformed(this);
        }
    }
}
