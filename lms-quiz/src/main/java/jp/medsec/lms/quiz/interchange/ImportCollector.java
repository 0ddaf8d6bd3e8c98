package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers what an importer read: a question goes in only if its type accepts it; each problem the type reports
 * becomes an error at the question's position.
 */
final class ImportCollector {

    private final QuestionTypeRegistry registry;
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<InterchangeIssue> issues = new ArrayList<>();

    ImportCollector(QuestionTypeRegistry registry) {
        this.registry = registry;
    }

    void add(int number, int line, Question question) {
        List<DefinitionProblem> problems = question.problems(registry);
        if (problems.isEmpty()) {
            questions.add(new ImportedQuestion(number, line, question));
        }
        problems.forEach(p -> issues.add(new InterchangeIssue(InterchangeIssue.Severity.ERROR, number, line,
                p.path(), p.message())));
    }

    void error(int number, int line, Message message) {
        issues.add(InterchangeIssue.error(number, line, message));
    }

    void warning(int number, int line, Message message) {
        issues.add(InterchangeIssue.warning(number, line, message));
    }

    ImportResult result() {
        return new ImportResult(questions, issues);
    }

    /** A name for a question that has none: the start of its text, as Moodle does. */
    static String defaultName(FormattedText text, int number) {
        String plain = text.toPlainText().replaceAll("\\s+", " ").strip();
        if (plain.isEmpty()) {
            return "Q" + number;
        }
        int end = plain.offsetByCodePoints(0, Math.min(40, plain.codePointCount(0, plain.length())));
        return end < plain.length() ? plain.substring(0, end) + "…" : plain;
    }
}
