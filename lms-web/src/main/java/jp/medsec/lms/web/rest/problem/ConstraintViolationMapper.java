package jp.medsec.lms.web.rest.problem;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Bean Validation failures: 400 with one violation per field, named as in the request JSON
 * ({@code email}, not {@code register.arg0.email}), with the message in the caller's language.
 */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale locale = locale();
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), message(v, locale)))
                .sorted(Comparator.comparing(Problem.Violation::field)).toList();
        return problem(Status.BAD_REQUEST, "validation.failed", "The request has invalid fields",
                violations);
    }

    /** The path below the method parameter: the request body's own property names. */
    private static String field(ConstraintViolation<?> v) {
        List<Path.Node> nodes = StreamSupport.stream(v.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(n -> n.getKind() == jakarta.validation.ElementKind.PROPERTY)
                .map(Path.Node::getName).toList();
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /** Our own template (key in problems*.properties) with {min}/{max} filled in; else the validator's text. */
    private String message(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
        return problems.message(locale, key).map(text -> fill(text, v.getConstraintDescriptor().getAttributes()))
                .orElse(v.getMessage());
    }

    private static String fill(String text, Map<String, Object> attributes) {
        String result = text;
        for (Map.Entry<String, Object> a : attributes.entrySet()) {
            result = result.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
        }
        return result;
    }
}
