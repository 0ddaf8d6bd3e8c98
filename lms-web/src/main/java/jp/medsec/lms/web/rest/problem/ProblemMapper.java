package jp.medsec.lms.web.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jp.medsec.lms.web.rest.RequestLocale;

import java.util.List;
import java.util.Locale;

/** What every exception mapper needs: the request it answers and the shared problem texts. */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    Response problem(Response.StatusType status, String code, String fallbackDetail) {
        return problem(status, code, fallbackDetail, List.of());
    }

    Response problem(Response.StatusType status, String code, String fallbackDetail, List<Problem.Violation> violations) {
        return problems.response(status, code, fallbackDetail, violations, headers, uri);
    }

    /** A message in the caller's language, or the fallback when there is none for this key. */
    String message(String key, String fallback) {
        return problems.message(locale(), key).orElse(fallback);
    }

    Locale locale() {
        return RequestLocale.of(headers);
    }
}
