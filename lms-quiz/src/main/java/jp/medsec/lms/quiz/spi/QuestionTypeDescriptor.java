package jp.medsec.lms.quiz.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a question type is: a unique id (lower case, digits and hyphens; it is stored with every question, so it
 * never changes), the type's own version, the quiz SPI version it was built against ({@link QuizSpiVersion}) and
 * an English name for administrators.
 */
public record QuestionTypeDescriptor(String id, String version, String requiresQuizSpi, String name) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public QuestionTypeDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requiresQuizSpi, "requiresQuizSpi");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Question type id must match " + ID.pattern() + ": " + id);
        }
    }
}
