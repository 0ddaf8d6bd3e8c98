package jp.medsec.lms.web.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.medsec.lms.web.rest.RequestLocale;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Builds problem responses with messages from {@code problems*.properties} in the caller's language. */
@ApplicationScoped
public class Problems {

    private static final String BUNDLE = "jp.medsec.lms.web.rest.problem.problems";

    public Response response(Response.StatusType status, String code, String fallbackDetail,
                             List<Problem.Violation> violations, HttpHeaders headers, UriInfo uri) {
        return response(status, code, fallbackDetail, violations, headers, uri, null);
    }

    public Response response(Response.StatusType status, String code, String fallbackDetail,
                             List<Problem.Violation> violations, HttpHeaders headers, UriInfo uri, String incident) {
        Locale locale = RequestLocale.of(headers);
        String detail = message(locale, code).orElse(fallbackDetail) + (incident == null ? "" : " (" + incident + ")");
        Problem problem = new Problem("/problems/" + code, status.getReasonPhrase(), status.getStatusCode(), detail,
                uri == null ? null : uri.getRequestUri().getPath(), violations == null || violations.isEmpty() ? null : violations);
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public java.util.Optional<String> message(Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Problems.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return java.util.Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }
}
