package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.domain.model.question.Question;

import java.util.List;

/**
 * What an importer read: the questions it could import (valid for their types, in file order) and every issue,
 * errors and warnings, in file order. Nothing is stored yet; {@link #accept} applies the caller's policy.
 */
public record ImportResult(List<ImportedQuestion> questions, List<InterchangeIssue> issues) {

    public ImportResult {
        questions = List.copyOf(questions);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(InterchangeIssue::isError);
    }

    public List<InterchangeIssue> errors() {
        return issues.stream().filter(InterchangeIssue::isError).toList();
    }

    public List<InterchangeIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    /**
     * The questions to store under {@code policy}: all of them when there is no error; with errors,
     * {@link ImportPolicy#SKIP_INVALID} gives the readable ones and {@link ImportPolicy#ALL_OR_NOTHING} throws
     * {@link ImportRejectedException} listing the errors.
     */
    public List<Question> accept(ImportPolicy policy) {
        if (hasErrors() && policy == ImportPolicy.ALL_OR_NOTHING) {
            throw new ImportRejectedException(errors());
        }
        return questions.stream().map(ImportedQuestion::question).toList();
    }
}
