package jp.medsec.lms.core.application.content;

import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.util.List;

/** A content file that cannot be read; each problem names the file and the JSON path. */
public class ContentFormatException extends InvalidInputException {

    public ContentFormatException(List<FieldProblem> problems) {
        super("content.invalid", "Content is invalid: " + problems.size() + " problem(s)", problems);
    }
}
