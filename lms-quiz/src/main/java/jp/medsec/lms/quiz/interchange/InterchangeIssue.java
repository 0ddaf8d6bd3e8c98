package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.spi.Message;
import jp.medsec.lms.quiz.spi.MessageBundle;

import java.util.Locale;
import java.util.Objects;

/**
 * Something wrong with one question of a file (or the whole file). {@code questionNumber} counts questions from 1
 * in file order (categories do not count; 0 means the file as a whole); {@code line} is where the question, or the
 * part at fault, starts (0 when unknown); {@code field} names the part of the question's JSON at fault when a
 * type's validation found it ({@code definition.choices[2].fraction}), else empty. An {@link Severity#ERROR} keeps
 * the question out; a {@link Severity#WARNING} says what was left behind (a Moodle setting this LMS lacks).
 */
public record InterchangeIssue(Severity severity, int questionNumber, int line, String field, Message message) {

    private static final MessageBundle MESSAGES = MessageBundle.of(InterchangeIssue.class);

    public enum Severity { ERROR, WARNING }

    public InterchangeIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    static InterchangeIssue error(int questionNumber, int line, Message message) {
        return new InterchangeIssue(Severity.ERROR, questionNumber, line, "", message);
    }

    static InterchangeIssue warning(int questionNumber, int line, Message message) {
        return new InterchangeIssue(Severity.WARNING, questionNumber, line, "", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a person: 「3問目（12行目）: …」 / "Question 3 (line 12): …". */
    public String describe(Locale locale) {
        String where;
        if (questionNumber > 0 && line > 0) {
            where = MESSAGES.message("import.at-question-line", questionNumber, line).text(locale);
        } else if (questionNumber > 0) {
            where = MESSAGES.message("import.at-question", questionNumber).text(locale);
        } else if (line > 0) {
            where = MESSAGES.message("import.at-line", line).text(locale);
        } else {
            where = MESSAGES.message("import.in-file").text(locale);
        }
        String detail = field.isEmpty() ? message.text(locale) : field + ": " + message.text(locale);
        return where + ": " + detail;
    }

    @Override
    public String toString() {
        return severity + " " + describe(Locale.ENGLISH);
    }
}
