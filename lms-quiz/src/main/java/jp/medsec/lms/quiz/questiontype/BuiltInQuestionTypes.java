package jp.medsec.lms.quiz.questiontype;

import jp.medsec.lms.quiz.questiontype.essay.EssayType;
import jp.medsec.lms.quiz.questiontype.matching.MatchingType;
import jp.medsec.lms.quiz.questiontype.multipleresponse.MultipleResponseType;
import jp.medsec.lms.quiz.questiontype.numeric.NumericType;
import jp.medsec.lms.quiz.questiontype.ordering.OrderingType;
import jp.medsec.lms.quiz.questiontype.shortanswer.ShortAnswerType;
import jp.medsec.lms.quiz.questiontype.singlechoice.SingleChoiceType;
import jp.medsec.lms.quiz.questiontype.truefalse.TrueFalseType;
import jp.medsec.lms.quiz.spi.QuestionType;

import java.util.List;

/**
 * The types this module ships, for code outside CDI (tests, command-line tools). In the container they are found
 * like any other type, through {@link QuestionTypeRegistry}; nothing in the quiz depends on this list.
 */
public final class BuiltInQuestionTypes {

    private BuiltInQuestionTypes() {
    }

    public static List<QuestionType> all() {
        return List.of(new SingleChoiceType(), new MultipleResponseType(), new TrueFalseType(), new ShortAnswerType(),
                new NumericType(), new MatchingType(), new OrderingType(), new EssayType());
    }

    /** A registry of the built-in types only. */
    public static QuestionTypeRegistry registry() {
        return QuestionTypeRegistry.of(all());
    }
}
