package jp.medsec.lms.quiz.domain.model.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** How the quiz grade follows from the grades of finished attempts (oldest first), as in Moodle. */
public enum GradingMethod {
    HIGHEST, LAST, FIRST, AVERAGE;

    public OptionalDouble aggregate(List<Double> percents) {
        if (percents.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> percents.stream().mapToDouble(Double::doubleValue).max();
            case LAST -> OptionalDouble.of(percents.get(percents.size() - 1));
            case FIRST -> OptionalDouble.of(percents.get(0));
            case AVERAGE -> percents.stream().mapToDouble(Double::doubleValue).average();
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GradingMethod> fromJsonName(String name) {
        for (GradingMethod m : values()) {
            if (m.jsonName().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
