package jp.medsec.lms.quiz.interchange;

import java.util.List;
import java.util.Objects;

/** An exported file and the questions that could not be written (type unknown to the format), in input order. */
public record ExportResult(String xml, List<InterchangeIssue> issues) {

    public ExportResult {
        Objects.requireNonNull(xml, "xml");
        issues = List.copyOf(issues);
    }
}
