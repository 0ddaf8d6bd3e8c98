package jp.medsec.lms.web.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a problem response at the servlet level, for errors that happen before JAX-RS runs (the security
 * mechanism, the container's error pages). The JAX-RS mappers and this class share {@link Problems}' texts.
 */
@ApplicationScoped
public class ProblemWriter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Problems problems;

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String instance)
            throws IOException {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Problem problem = new Problem("/problems/" + code, type == null ? "Error" : type.getReasonPhrase(), status,
                problems.message(locale(request), code).orElse(""), instance, null);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(JSON.toJson(problem));
    }

    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.JAPANESE;
    }
}
