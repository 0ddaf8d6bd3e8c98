package jp.medsec.lms.quiz.interchange;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.domain.model.question.CategoryPath;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.questiontype.essay.EssayDefinition;
import jp.medsec.lms.quiz.questiontype.essay.EssayType;
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
import jp.medsec.lms.quiz.spi.MessageBundle;
import jp.medsec.lms.quiz.spi.StableIds;
import jp.medsec.lms.quiz.spi.TextFormat;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Moodle XML question files ({@code <quiz><question type="...">...</quiz>}) as Moodle writes them:
 * {@code category} entries set the category of what follows; {@code multichoice} (with {@code <single>} choosing
 * single choice or multiple response, and {@code <shuffleanswers>}), {@code truefalse}, {@code shortanswer} (with
 * {@code <usecase>}), {@code numerical} (with {@code <units>}), {@code matching}, {@code essay} and the
 * {@code ordering} plugin become questions with their name, text and format, default grade, general feedback,
 * tags, answer fractions and feedback. Text in CDATA and HTML format is kept as HTML.
 * <p>
 * Left out and reported by position: {@code description} (a warning), every other type ({@code calculated},
 * {@code ddwtos}, {@code multianswer}, {@code random}...), and anything the question's type refuses. Settings this
 * LMS lacks (combined feedback, hints, embedded files, unit grading, partial ordering) give a warning and are
 * dropped. A file that is not well-formed gives one error with its line; a file with a DOCTYPE is refused.
 */
public final class MoodleXmlImporter {

    static final MessageBundle MESSAGES = MessageBundle.of(MoodleXmlImporter.class);

    private static final Set<String> COMBINED_FEEDBACK =
            Set.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback");

    private final QuestionTypeRegistry registry;

    public MoodleXmlImporter(QuestionTypeRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public ImportResult read(byte[] bytes) {
        return read(new ByteArrayInputStream(bytes));
    }

    /** Reads a whole file; the encoding comes from the XML declaration (UTF-8 by default, BOM allowed). */
    public ImportResult read(InputStream in) {
        ImportCollector collector = new ImportCollector(registry);
        XmlNode root;
        try {
            root = XmlNode.parse(in);
        } catch (XmlNode.DoctypeException e) {
            collector.error(0, e.line, MESSAGES.message("xml.doctype"));
            return collector.result();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            collector.error(0, line, MESSAGES.message("xml.malformed", line, parserDetail(e)));
            return collector.result();
        }
        if (root == null || !root.name.equals("quiz")) {
            collector.error(0, root == null ? 0 : root.line,
                    MESSAGES.message("xml.not-moodle", root == null ? "" : root.name));
            return collector.result();
        }
        CategoryPath category = CategoryPath.ROOT;
        int number = 0;
        for (XmlNode q : root.all("question")) {
            String type = q.attributes.getOrDefault("type", "");
            if (type.equals("category")) {
                category = GiftImporter.moodleCategory(q.wrappedText("category"));
                continue;
            }
            number++;
            new QuestionReader(collector, number, q, category).read(type);
        }
        return collector.result();
    }

    private static String parserDetail(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message:");
        return (at >= 0 ? m.substring(at + "Message:".length()) : m).strip();
    }

    static TextFormat format(XmlNode node, TextFormat fallback) {
        String f = node.attributes.get("format");
        if (f == null) {
            return fallback;
        }
        return switch (f) {
            case "html" -> TextFormat.HTML;
            case "markdown" -> TextFormat.MARKDOWN;
            default -> TextFormat.PLAIN; // plain_text, moodle_auto_format
        };
    }

    /** {@code <element format="..."><text>...</text></element>} as a formatted text (blank: empty). */
    static FormattedText formatted(Optional<XmlNode> element, TextFormat fallback) {
        if (element.isEmpty()) {
            return FormattedText.EMPTY;
        }
        String text = element.get().childText("text", "").strip();
        return text.isEmpty() ? FormattedText.EMPTY : new FormattedText(text, format(element.get(), fallback));
    }

    static boolean flag(String value, boolean fallback) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return fallback;
        }
        return !(v.equals("0") || v.equals("false"));
    }

    /** Reads one {@code <question>}. */
    private static final class QuestionReader {

        private final ImportCollector collector;
        private final int number;
        private final XmlNode q;
        private final CategoryPath category;
        private boolean failed;

        QuestionReader(ImportCollector collector, int number, XmlNode q, CategoryPath category) {
            this.collector = collector;
            this.number = number;
            this.q = q;
            this.category = category;
        }

        void read(String type) {
            if (type.isEmpty()) {
                collector.error(number, q.line, MESSAGES.message("xml.no-type"));
                return;
            }
            if (type.equals("description")) {
                collector.warning(number, q.line, MESSAGES.message("xml.description-skipped"));
                return;
            }
            FormattedText text = formatted(q.child("questiontext"), TextFormat.PLAIN);
            String typeId;
            JsonObject definition;
            switch (type) {
                case "multichoice" -> {
                    List<Choice> choices = choices(text.format());
                    boolean shuffle = flag(q.childText("shuffleanswers", ""), true);
                    if (flag(q.childText("single", ""), true)) {
                        typeId = SingleChoiceType.ID;
                        definition = new SingleChoiceDefinition(choices, shuffle).toJson();
                    } else {
                        typeId = MultipleResponseType.ID;
                        definition = new MultipleResponseDefinition(choices, shuffle).toJson();
                    }
                }
                case "truefalse" -> {
                    typeId = TrueFalseType.ID;
                    definition = trueFalse(text.format());
                }
                case "shortanswer" -> {
                    typeId = ShortAnswerType.ID;
                    definition = shortAnswer(text.format());
                }
                case "numerical" -> {
                    typeId = NumericType.ID;
                    definition = numeric(text.format());
                }
                case "matching" -> {
                    typeId = MatchingType.ID;
                    definition = matching(text.format());
                }
                case "essay" -> {
                    typeId = EssayType.ID;
                    definition = essay();
                }
                case "ordering" -> {
                    typeId = OrderingType.ID;
                    definition = ordering(text.format());
                }
                default -> {
                    collector.error(number, q.line, MESSAGES.message("xml.unsupported-type", type));
                    return;
                }
            }
            if (failed) {
                return;
            }
            warnAboutDroppedSettings();
            String name = q.wrappedText("name").strip();
            BigDecimal mark = number("defaultgrade", q.childText("defaultgrade", "1"), q.line);
            if (failed) {
                return;
            }
            List<String> tags = q.child("tags").map(t -> t.all("tag").stream().map(x -> x.childText("text", ""))
                    .toList()).orElse(List.of());
            collector.add(number, q.line, new Question(typeId,
                    name.isEmpty() ? ImportCollector.defaultName(text, number) : name, text,
                    mark.signum() > 0 ? mark.doubleValue() : 1,
                    formatted(q.child("generalfeedback"), text.format()), category, tags, definition));
        }

        private void warnAboutDroppedSettings() {
            if (q.has("file")) {
                collector.warning(number, q.line, MESSAGES.message("xml.files-ignored"));
            }
            boolean combined = q.children.stream().anyMatch(c -> COMBINED_FEEDBACK.contains(c.name)
                    && !c.childText("text", "").isBlank());
            if (combined) {
                collector.warning(number, q.line, MESSAGES.message("xml.combined-feedback-ignored"));
            }
            if (q.child("hint").isPresent()) {
                collector.warning(number, q.line, MESSAGES.message("xml.hints-ignored"));
            }
        }

        private List<Choice> choices(TextFormat format) {
            List<Choice> choices = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (XmlNode a : q.all("answer")) {
                FormattedText text = formatted(Optional.of(a), format);
                choices.add(new Choice(StableIds.of("c", text.text(), ids), text, fraction(a),
                        formatted(a.child("feedback"), format)));
            }
            return choices;
        }

        private JsonObject trueFalse(TextFormat format) {
            XmlNode yes = null;
            XmlNode no = null;
            for (XmlNode a : q.all("answer")) {
                String t = a.childText("text", "").strip().toLowerCase(Locale.ROOT);
                if (t.equals("true")) {
                    yes = a;
                } else if (t.equals("false")) {
                    no = a;
                }
            }
            if (yes == null || no == null) {
                fail(q.line, MESSAGES.message("xml.truefalse-answers"));
                return null;
            }
            return new TrueFalseDefinition(fraction(yes) >= 1, formatted(yes.child("feedback"), format),
                    formatted(no.child("feedback"), format)).toJson();
        }

        private JsonObject shortAnswer(TextFormat format) {
            List<ShortAnswerDefinition.Answer> answers = new ArrayList<>();
            for (XmlNode a : q.all("answer")) {
                answers.add(new ShortAnswerDefinition.Answer(a.childText("text", "").strip(), Math.max(0, fraction(a)),
                        formatted(a.child("feedback"), format)));
            }
            return new ShortAnswerDefinition(answers, flag(q.childText("usecase", ""), false)).toJson();
        }

        private JsonObject numeric(TextFormat format) {
            List<NumericDefinition.Answer> answers = new ArrayList<>();
            FormattedText otherwise = FormattedText.EMPTY;
            for (XmlNode a : q.all("answer")) {
                String value = a.childText("text", "").strip();
                FormattedText feedback = formatted(a.child("feedback"), format);
                if (value.equals("*") || value.isEmpty()) {
                    otherwise = feedback;
                    continue;
                }
                answers.add(new NumericDefinition.Answer(number("answer", value, a.line),
                        number("tolerance", a.childText("tolerance", "0"), a.line), Math.max(0, fraction(a)), feedback));
            }
            List<NumericDefinition.Unit> units = new ArrayList<>();
            q.child("units").ifPresent(u -> u.all("unit").forEach(unit -> {
                BigDecimal multiplier = number("multiplier", unit.childText("multiplier", "1"), unit.line);
                if (multiplier.signum() > 0) {
                    units.add(new NumericDefinition.Unit(unit.childText("unit_name", "").strip(), multiplier));
                }
            }));
            String unitGrading = q.childText("unitgradingtype", "0").strip();
            if (!units.isEmpty() && !unitGrading.equals("0") && !unitGrading.isEmpty()) {
                collector.warning(number, q.line, MESSAGES.message("xml.units-graded"));
            }
            return new NumericDefinition(answers, otherwise, units).toJson();
        }

        private JsonObject matching(TextFormat format) {
            MatchingPairs matching = new MatchingPairs();
            for (XmlNode s : q.all("subquestion")) {
                matching.add(formatted(Optional.of(s), format),
                        s.child("answer").map(a -> a.childText("text", "")).orElse("").strip());
            }
            return matching.build(flag(q.childText("shuffleanswers", ""), true)).toJson();
        }

        private JsonObject essay() {
            String responseFormat = q.childText("responseformat", "editor").strip();
            TextFormat format = responseFormat.startsWith("editor") ? TextFormat.MARKDOWN : TextFormat.PLAIN;
            String attachments = q.childText("attachments", "0").strip();
            if (responseFormat.equals("noinline") || !(attachments.equals("0") || attachments.isEmpty())) {
                collector.warning(number, q.line, MESSAGES.message("xml.essay-attachments"));
            }
            return new EssayDefinition(format, formatted(q.child("responsetemplate"), TextFormat.PLAIN),
                    formatted(q.child("graderinfo"), TextFormat.PLAIN)).toJson();
        }

        private JsonObject ordering(TextFormat format) {
            String grading = q.childText("gradingtype", "").strip();
            if (!grading.isEmpty() && !grading.equals("LONGEST_ORDERED_SUBSET")) {
                collector.warning(number, q.line, MESSAGES.message("xml.ordering-grading", grading));
            }
            String select = q.childText("selecttype", "").strip();
            if (!select.isEmpty() && !select.equals("ALL")) {
                collector.warning(number, q.line, MESSAGES.message("xml.ordering-select", select));
            }
            List<OrderingDefinition.Item> items = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (XmlNode a : q.all("answer")) {
                FormattedText text = formatted(Optional.of(a), format);
                items.add(new OrderingDefinition.Item(StableIds.of("i", text.text(), ids), text));
            }
            return new OrderingDefinition(items).toJson();
        }

        /** An answer's {@code fraction} attribute (a percentage) as 0..1; an error and 0 when unreadable. */
        private double fraction(XmlNode answer) {
            String raw = answer.attributes.getOrDefault("fraction", "0").strip();
            try {
                BigDecimal percent = new BigDecimal(raw);
                if (percent.abs().compareTo(BigDecimal.valueOf(100)) <= 0) {
                    return percent.movePointLeft(2).doubleValue();
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            fail(answer.line, MESSAGES.message("xml.bad-fraction", raw));
            return 0;
        }

        private BigDecimal number(String element, String raw, int line) {
            try {
                return new BigDecimal(raw.strip());
            } catch (NumberFormatException e) {
                fail(line, MESSAGES.message("xml.bad-number", element, raw));
                return BigDecimal.ZERO;
            }
        }

        private void fail(int line, jp.medsec.lms.quiz.spi.Message message) {
            if (!failed) {
                collector.error(number, line, message);
            }
            failed = true;
        }
    }
}
