package jp.medsec.lms.quiz.spi;

import java.util.List;

/**
 * A definition a type cannot use; lists every problem. Thrown by {@code presentation}, {@code grade} and
 * {@code rightAnswer} when handed a definition that {@link QuestionType#validate} would have refused: the quiz
 * validates before it stores, so this means stored data was changed behind its back.
 */
public class InvalidDefinitionException extends IllegalArgumentException {

    private final List<DefinitionProblem> problems;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super(String.join("; ", problems.stream().map(DefinitionProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
