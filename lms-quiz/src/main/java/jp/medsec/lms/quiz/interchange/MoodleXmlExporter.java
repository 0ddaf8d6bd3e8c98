package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.domain.model.question.CategoryPath;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.questiontype.essay.EssayDefinition;
import jp.medsec.lms.quiz.questiontype.essay.EssayType;
import jp.medsec.lms.quiz.questiontype.matching.MatchingDefinition;
import jp.medsec.lms.quiz.questiontype.matching.MatchingType;
import jp.medsec.lms.quiz.questiontype.multipleresponse.MultipleResponseDefinition;
import jp.medsec.lms.quiz.questiontype.multipleresponse.MultipleResponseType;
import jp.medsec.lms.quiz.questiontype.numeric.NumericDefinition;
import jp.medsec.lms.quiz.questiontype.numeric.NumericType;
import jp.medsec.lms.quiz.questiontype.ordering.OrderingDefinition;
import jp.medsec.lms.quiz.questiontype.ordering.OrderingType;
import jp.medsec.lms.quiz.questiontype.shortanswer.ShortAnswerDefinition;
import jp.medsec.lms.quiz.questiontype.shortanswer.ShortAnswerType;
import jp.medsec.lms.quiz.questiontype.singlechoice.SingleChoiceDefinition;
import jp.medsec.lms.quiz.questiontype.singlechoice.SingleChoiceType;
import jp.medsec.lms.quiz.questiontype.truefalse.TrueFalseDefinition;
import jp.medsec.lms.quiz.questiontype.truefalse.TrueFalseType;
import jp.medsec.lms.quiz.spi.Choice;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.JsonNumbers;
import jp.medsec.lms.quiz.spi.MessageBundle;
import jp.medsec.lms.quiz.spi.TextFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes questions as Moodle XML that Moodle and {@link MoodleXmlImporter} read back: a {@code category} entry
 * wherever the category changes ({@code $course$/top/...}), then each built-in type as its Moodle counterpart
 * (single choice and multiple response as {@code multichoice} with {@code <single>}, numeric's otherwise-feedback
 * as a {@code *} answer and its units with their multipliers, ordering as the ordering plugin with
 * LONGEST_ORDERED_SUBSET, an essay's Markdown response format as {@code editor}). Types from other jars have no
 * Moodle counterpart and are reported, not written. Importing the output gives questions equal to the input when
 * item ids are the importers' own (derived from the item texts).
 */
public final class MoodleXmlExporter {

    private static final MessageBundle MESSAGES = MessageBundle.of(MoodleXmlExporter.class);

    public ExportResult export(List<Question> questions) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        List<InterchangeIssue> issues = new ArrayList<>();
        CategoryPath current = null;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            StringBuilder body = new StringBuilder();
            String moodleType = body(q, body);
            if (moodleType == null) {
                issues.add(InterchangeIssue.error(i + 1, 0, MESSAGES.message("xml.export-unsupported", q.typeId())));
                continue;
            }
            if (!q.category().equals(current)) {
                current = q.category();
                String path = current.isRoot() ? "$course$/top" : "$course$/top/" + current;
                out.append("  <question type=\"category\">\n    <category><text>").append(escape(path))
                        .append("</text></category>\n  </question>\n");
            }
            out.append("  <question type=\"").append(moodleType).append("\">\n");
            out.append("    <name><text>").append(escape(q.name())).append("</text></name>\n");
            text(out, "questiontext", q.text(), 4);
            text(out, "generalfeedback", q.generalFeedback(), 4);
            out.append("    <defaultgrade>").append(number(q.defaultMark())).append("</defaultgrade>\n");
            out.append("    <hidden>0</hidden>\n");
            out.append(body);
            if (!q.tags().isEmpty()) {
                out.append("    <tags>\n");
                q.tags().forEach(t -> out.append("      <tag><text>").append(escape(t)).append("</text></tag>\n"));
                out.append("    </tags>\n");
            }
            out.append("  </question>\n");
        }
        out.append("</quiz>\n");
        return new ExportResult(out.toString(), issues);
    }

    /** Writes the type-specific elements; returns Moodle's type name, or null when the type has none. */
    private static String body(Question q, StringBuilder b) {
        switch (q.typeId()) {
            case SingleChoiceType.ID -> {
                SingleChoiceDefinition d = SingleChoiceDefinition.fromJson(q.definition());
                multichoice(b, true, d.shuffle(), d.choices());
                return "multichoice";
            }
            case MultipleResponseType.ID -> {
                MultipleResponseDefinition d = MultipleResponseDefinition.fromJson(q.definition());
                multichoice(b, false, d.shuffle(), d.choices());
                return "multichoice";
            }
            case TrueFalseType.ID -> {
                TrueFalseDefinition d = TrueFalseDefinition.fromJson(q.definition());
                answer(b, d.correct() ? 1 : 0, FormattedText.plain("true"), d.feedbackTrue(), "");
                answer(b, d.correct() ? 0 : 1, FormattedText.plain("false"), d.feedbackFalse(), "");
                return "truefalse";
            }
            case ShortAnswerType.ID -> {
                ShortAnswerDefinition d = ShortAnswerDefinition.fromJson(q.definition());
                b.append("    <usecase>").append(d.caseSensitive() ? 1 : 0).append("</usecase>\n");
                d.answers().forEach(a -> answer(b, a.fraction(), FormattedText.plain(a.pattern()), a.feedback(), ""));
                return "shortanswer";
            }
            case NumericType.ID -> {
                NumericDefinition d = NumericDefinition.fromJson(q.definition());
                d.answers().forEach(a -> answer(b, a.fraction(), FormattedText.plain(a.value().toPlainString()),
                        a.feedback(), "      <tolerance>" + a.tolerance().toPlainString() + "</tolerance>\n"));
                if (!d.otherwiseFeedback().isBlank()) {
                    answer(b, 0, FormattedText.plain("*"), d.otherwiseFeedback(), "      <tolerance>0</tolerance>\n");
                }
                if (!d.units().isEmpty()) {
                    b.append("    <unitgradingtype>0</unitgradingtype>\n    <showunits>3</showunits>\n    <units>\n");
                    for (NumericDefinition.Unit u : d.units()) {
                        b.append("      <unit><multiplier>").append(u.multiplier().toPlainString())
                                .append("</multiplier><unit_name>").append(escape(u.name())).append("</unit_name></unit>\n");
                    }
                    b.append("    </units>\n");
                }
                return "numerical";
            }
            case MatchingType.ID -> {
                MatchingDefinition d = MatchingDefinition.fromJson(q.definition());
                b.append("    <shuffleanswers>").append(d.shuffle()).append("</shuffleanswers>\n");
                for (MatchingDefinition.Pair p : d.pairs()) {
                    subquestion(b, p.stem(), d.answerText(p.answerId()));
                }
                d.distractors().forEach(a -> subquestion(b, FormattedText.EMPTY, a.text()));
                return "matching";
            }
            case OrderingType.ID -> {
                OrderingDefinition d = OrderingDefinition.fromJson(q.definition());
                b.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n")
                        .append("    <selectcount>0</selectcount>\n")
                        .append("    <gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>\n")
                        .append("    <showgrading>SHOW</showgrading>\n");
                for (int i = 0; i < d.items().size(); i++) {
                    OrderingDefinition.Item item = d.items().get(i);
                    b.append("    <answer fraction=\"").append(i + 1).append("\" format=\"")
                            .append(format(item.text().format())).append("\">\n      <text>")
                            .append(escape(item.text().text())).append("</text>\n    </answer>\n");
                }
                return "ordering";
            }
            case EssayType.ID -> {
                EssayDefinition d = EssayDefinition.fromJson(q.definition());
                b.append("    <responseformat>").append(d.responseFormat() == TextFormat.MARKDOWN ? "editor" : "plain")
                        .append("</responseformat>\n    <responserequired>1</responserequired>\n")
                        .append("    <responsefieldlines>15</responsefieldlines>\n    <attachments>0</attachments>\n");
                text(b, "graderinfo", d.graderInfo(), 4);
                text(b, "responsetemplate", d.responseTemplate(), 4);
                return "essay";
            }
            default -> {
                return null;
            }
        }
    }

    private static void multichoice(StringBuilder b, boolean single, boolean shuffle, List<Choice> choices) {
        b.append("    <single>").append(single).append("</single>\n");
        b.append("    <shuffleanswers>").append(shuffle).append("</shuffleanswers>\n");
        b.append("    <answernumbering>abc</answernumbering>\n");
        choices.forEach(c -> answer(b, c.fraction(), c.text(), c.feedback(), ""));
    }

    private static void answer(StringBuilder b, double fraction, FormattedText text, FormattedText feedback,
                               String extra) {
        b.append("    <answer fraction=\"").append(JsonNumbers.canonical(fraction).movePointRight(2).toPlainString())
                .append("\" format=\"").append(format(text.format())).append("\">\n");
        b.append("      <text>").append(escape(text.text())).append("</text>\n");
        text(b, "feedback", feedback, 6);
        b.append(extra);
        b.append("    </answer>\n");
    }

    private static void subquestion(StringBuilder b, FormattedText stem, String answer) {
        b.append("    <subquestion format=\"").append(format(stem.format())).append("\">\n");
        b.append("      <text>").append(escape(stem.text())).append("</text>\n");
        b.append("      <answer><text>").append(escape(answer)).append("</text></answer>\n");
        b.append("    </subquestion>\n");
    }

    private static void text(StringBuilder b, String element, FormattedText text, int indent) {
        String pad = " ".repeat(indent);
        b.append(pad).append('<').append(element).append(" format=\"").append(format(text.format())).append("\">")
                .append("<text>").append(escape(text.text())).append("</text></").append(element).append(">\n");
    }

    private static String format(TextFormat format) {
        return switch (format) {
            case HTML -> "html";
            case MARKDOWN -> "markdown";
            case PLAIN -> "plain_text";
        };
    }

    private static String number(double value) {
        return JsonNumbers.canonical(value).toPlainString();
    }

    /** Escapes markup; characters XML 1.0 cannot hold (most control characters) become U+FFFD. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    b.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return b.toString();
    }
}
