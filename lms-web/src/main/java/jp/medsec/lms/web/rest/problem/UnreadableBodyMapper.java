package jp.medsec.lms.web.rest.problem;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape ("minutes": "ten"): 400, never 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
        return problems.response(Status.BAD_REQUEST, "request.malformed-json",
                "The request body is not valid JSON of the expected shape", null, headers, uri);
    }

    /** JSON-B and JSON-P failures that reach us without a ProcessingException around them. */
    @Provider
    public static class JsonbFailure implements ExceptionMapper<JsonbException> {

        @Inject
        UnreadableBodyMapper delegate;

        @Override
        public Response toResponse(JsonbException e) {
            return delegate.toResponse(new ProcessingException(e));
        }
    }

    /** See {@link JsonbFailure}. */
    @Provider
    public static class JsonFailure implements ExceptionMapper<JsonException> {

        @Inject
        UnreadableBodyMapper delegate;

        @Override
        public Response toResponse(JsonException e) {
            return delegate.toResponse(new ProcessingException(e));
        }
    }
}
