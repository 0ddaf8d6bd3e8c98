package jp.medsec.lms.quiz.interchange;

import java.util.List;
import java.util.Locale;

/** An all-or-nothing import refused because of the errors listed (in file order). */
public class ImportRejectedException extends RuntimeException {

    private final List<InterchangeIssue> errors;

    public ImportRejectedException(List<InterchangeIssue> errors) {
        super(errors.size() + " question(s) could not be imported: "
                + String.join("; ", errors.stream().map(e -> e.describe(Locale.ENGLISH)).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<InterchangeIssue> errors() {
        return errors;
    }
}
