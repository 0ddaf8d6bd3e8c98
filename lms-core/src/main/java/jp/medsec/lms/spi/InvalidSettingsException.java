package jp.medsec.lms.spi;

import java.util.List;

/** Settings a plugin cannot accept; lists every problem so a trainer can fix them in one go. */
public class InvalidSettingsException extends Exception {

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
