package jp.medsec.lms.web.rest.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** An RFC 9457 problem details body. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonbNillable(false) List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: the request property (dotted path) and what is wrong with it. */
    public record Violation(String field, String message) {
    }
}
