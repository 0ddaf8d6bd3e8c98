package jp.medsec.lms.quiz.questiontype;

import jakarta.json.JsonObject;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.plugin.PluginConfigurationException;
import jp.medsec.lms.quiz.questiontype.singlechoice.SingleChoiceType;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.PresentationOptions;
import jp.medsec.lms.quiz.spi.QuestionType;
import jp.medsec.lms.quiz.spi.QuestionTypeDescriptor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionTypeRegistryTest {

    @Test
    void servesEveryBuiltInTypeByItsId() {
        QuestionTypeRegistry registry = BuiltInQuestionTypes.registry();
        assertEquals(Set.of("single-choice", "multiple-response", "true-false", "short-answer", "numeric", "matching",
                        "ordering", "essay"),
                registry.descriptors().stream().map(QuestionTypeDescriptor::id).collect(Collectors.toSet()));
        assertEquals("single-choice", registry.require("single-choice").descriptor().id());
    }

    @Test
    void aTypeFromAnotherJarIsAddedWithoutChangingTheQuiz() {
        List<QuestionType> types = new ArrayList<>(BuiltInQuestionTypes.all());
        Fake hotspot = new Fake("hotspot", "1.0");
        types.add(hotspot);
        assertSame(hotspot, QuestionTypeRegistry.of(types).require("hotspot"));
    }

    @Test
    void refusesTwoTypesClaimingOneId() {
        var e = assertThrows(PluginConfigurationException.class,
                () -> QuestionTypeRegistry.of(List.of(new SingleChoiceType(), new Fake("single-choice", "1.0"))));
        assertTrue(e.getMessage().contains("two question types claim the id 'single-choice'"), e.getMessage());
    }

    @Test
    void refusesATypeNeedingANewerOrOtherMajorSpi() {
        var newer = assertThrows(PluginConfigurationException.class,
                () -> QuestionTypeRegistry.of(List.of(new Fake("drawing", "1.5"))));
        assertTrue(newer.getMessage().contains("'drawing'") && newer.getMessage().contains("requires quiz SPI 1.5"),
                newer.getMessage());
        assertThrows(PluginConfigurationException.class, () -> QuestionTypeRegistry.of(List.of(new Fake("old", "0.9"))));
        assertThrows(PluginConfigurationException.class, () -> QuestionTypeRegistry.of(List.of(new Fake("odd", "one"))));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var e = assertThrows(PluginConfigurationException.class, () -> QuestionTypeRegistry.of(
                List.of(new Fake("a-type", "2.0"), new Fake("b-type", "1.0"), new Fake("b-type", "1.0"))));
        assertTrue(e.getMessage().contains("'a-type'") && e.getMessage().contains("'b-type'"), e.getMessage());
    }

    @Test
    void anUnknownTypeIsAnInputErrorTheRestLayerMaps() {
        var e = assertThrows(InvalidInputException.class, () -> BuiltInQuestionTypes.registry().require("cloze"));
        assertEquals("quiz.unknown-question-type", e.code());
    }

    /** A type that only claims an id and an SPI version. */
    private record Fake(String id, String spi) implements QuestionType {

        @Override
        public QuestionTypeDescriptor descriptor() {
            return new QuestionTypeDescriptor(id, "0.1", spi, "fake");
        }

        @Override
        public List<DefinitionProblem> validate(JsonObject definition) {
            return List.of();
        }

        @Override
        public JsonObject presentation(JsonObject definition, PresentationOptions options) {
            return definition;
        }

        @Override
        public GradeResult grade(JsonObject definition, JsonObject response) {
            return GradeResult.graded(0, List.of());
        }

        @Override
        public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
            return Optional.empty();
        }
    }
}
