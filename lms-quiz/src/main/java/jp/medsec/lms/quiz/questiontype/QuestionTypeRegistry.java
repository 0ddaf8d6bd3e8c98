package jp.medsec.lms.quiz.questiontype;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.plugin.PluginConfigurationException;
import jp.medsec.lms.quiz.spi.QuestionType;
import jp.medsec.lms.quiz.spi.QuestionTypeDescriptor;
import jp.medsec.lms.quiz.spi.QuizSpiVersion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Every question type installed, by id. Built once: the application refuses to start when two types claim one id
 * or a type needs a quiz SPI this quiz does not provide (as {@code ActivityTypeRegistry} does for activity types),
 * because a question stored under an ambiguous id could be graded by the wrong code.
 * <p>
 * In the container it is a CDI bean; elsewhere (tests, tools) build one with {@link #of(Collection)}.
 */
@ApplicationScoped
public class QuestionTypeRegistry {

    private static final Logger LOG = Logger.getLogger(QuestionTypeRegistry.class.getName());

    @Inject
    @Any
    Instance<QuestionType> discovered;

    private Map<String, QuestionType> types;

    /** For CDI. */
    protected QuestionTypeRegistry() {
    }

    private QuestionTypeRegistry(Map<String, QuestionType> types) {
        this.types = types;
    }

    /** A registry of exactly these types; throws {@link PluginConfigurationException} as start-up would. */
    public static QuestionTypeRegistry of(Collection<? extends QuestionType> types) {
        return new QuestionTypeRegistry(verify(types));
    }

    @PostConstruct
    void init() {
        types = verify(discovered.stream().toList());
        types.values().forEach(t -> LOG.info(() -> "Question type " + t.descriptor().id() + " "
                + t.descriptor().version() + " (quiz SPI " + t.descriptor().requiresQuizSpi() + ")"));
    }

    /** Checks a set of types and reports every problem at once; the map it returns is what the registry serves. */
    static Map<String, QuestionType> verify(Collection<? extends QuestionType> candidates) {
        Map<String, QuestionType> byId = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (QuestionType type : candidates) {
            QuestionTypeDescriptor d = type.descriptor();
            boolean supported;
            try {
                supported = QuizSpiVersion.satisfies(d.requiresQuizSpi());
            } catch (IllegalArgumentException e) {
                supported = false;
            }
            if (!supported) {
                problems.add("question type '" + d.id() + "' " + d.version() + " requires quiz SPI "
                        + d.requiresQuizSpi() + " but this quiz provides " + QuizSpiVersion.CURRENT);
            }
            QuestionType previous = byId.putIfAbsent(d.id(), type);
            if (previous != null) {
                problems.add("two question types claim the id '" + d.id() + "': " + previous.getClass().getName()
                        + " and " + type.getClass().getName());
            }
        }
        if (!problems.isEmpty()) {
            throw new PluginConfigurationException("Refusing to start: " + String.join("; ", problems));
        }
        return Collections.unmodifiableMap(byId);
    }

    public Optional<QuestionType> find(String id) {
        return Optional.ofNullable(types.get(id));
    }

    /** The type, or {@link InvalidInputException} ({@code quiz.unknown-question-type}) for the REST layer. */
    public QuestionType require(String id) {
        return find(id).orElseThrow(() -> new InvalidInputException("quiz.unknown-question-type",
                "No question type with id '" + id + "' is installed"));
    }

    public List<QuestionTypeDescriptor> descriptors() {
        return types.values().stream().map(QuestionType::descriptor).toList();
    }
}
