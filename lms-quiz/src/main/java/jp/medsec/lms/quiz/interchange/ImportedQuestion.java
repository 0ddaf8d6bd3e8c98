package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.domain.model.question.Question;

import java.util.Objects;

/** A question read from a file, with where it was: its number among the file's questions and its first line. */
public record ImportedQuestion(int number, int line, Question question) {

    public ImportedQuestion {
        Objects.requireNonNull(question, "question");
    }
}
