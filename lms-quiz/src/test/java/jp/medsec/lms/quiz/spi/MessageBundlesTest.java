package jp.medsec.lms.quiz.spi;

import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.interchange.GiftImporter;
import jp.medsec.lms.quiz.questiontype.BuiltInQuestionTypes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message exists in both languages, so an English reader never meets a missing text. */
class MessageBundlesTest {

    @Test
    void japaneseAndEnglishListTheSameKeys() {
        List<Class<?>> owners = new ArrayList<>(List.of(DefinitionReader.class, Question.class, GiftImporter.class));
        BuiltInQuestionTypes.all().forEach(t -> owners.add(t.getClass()));
        for (Class<?> owner : owners) {
            MessageBundle bundle = MessageBundle.of(owner);
            List<String> ja = bundle.keys(Locale.JAPANESE);
            assertTrue(!ja.isEmpty(), owner.getPackageName());
            assertEquals(ja, bundle.keys(Locale.ENGLISH), owner.getPackageName());
        }
    }

    @Test
    void typeMessagesArePrefixedWithTheTypeId() {
        for (QuestionType type : BuiltInQuestionTypes.all()) {
            String prefix = type.descriptor().id() + ".";
            MessageBundle.of(type.getClass()).keys(Locale.JAPANESE)
                    .forEach(k -> assertTrue(k.startsWith(prefix), k + " in " + type.descriptor().id()));
        }
    }

    @Test
    void aMessageCarriesItsKeyArgumentsAndBothTexts() {
        Message m = MessageBundle.of(DefinitionReader.class).message("quiz.too-few", 2);
        assertEquals("少なくとも 2 個必要です。", m.text(Locale.JAPANESE));
        assertEquals("At least 2 needed.", m.text(Locale.ENGLISH));
        assertEquals("少なくとも 2 個必要です。", m.text(Locale.GERMAN), "Japanese is the programme's language");
        assertEquals("{\"key\":\"quiz.too-few\",\"args\":[\"2\"],\"ja\":\"少なくとも 2 個必要です。\",\"en\":\"At least 2 needed.\"}",
                m.toJson().toString());
    }
}
