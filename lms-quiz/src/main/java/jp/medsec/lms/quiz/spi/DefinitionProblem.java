package jp.medsec.lms.quiz.spi;

import java.util.Objects;

/**
 * One thing wrong with a question definition: where ({@code path}, a JSON path into the definition such as
 * {@code choices[2].fraction}, empty for the whole definition) and what, in both languages.
 */
public record DefinitionProblem(String path, Message message) {

    public DefinitionProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message.en();
    }
}
