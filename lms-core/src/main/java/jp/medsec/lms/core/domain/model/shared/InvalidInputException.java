package jp.medsec.lms.core.domain.model.shared;

import java.util.List;

/** Input that breaks a domain rule; {@code problems} lists every field-level problem found. */
public class InvalidInputException extends DomainException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String code, String message) {
        this(code, message, List.of());
    }

    public InvalidInputException(String code, String message, List<FieldProblem> problems) {
        super(code, message);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One problem with one field of the input. */
    public record FieldProblem(String field, String message) {
    }
}
