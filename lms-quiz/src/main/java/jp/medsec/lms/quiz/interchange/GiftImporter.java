package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.core.text.UploadedText;

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

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format), following Moodle's own importer:
 * <ul>
 * <li>UTF-8, with or without a byte-order mark; questions are separated by blank lines; lines are trimmed; a line
 *     starting with {@code //} is a comment, and {@code [tag:name]} in a question's comments becomes a tag.</li>
 * <li>{@code $CATEGORY: a/b} sets the category of the questions after it ({@code $course$/top/} is dropped).</li>
 * <li>{@code ::title::} names the question (else the start of its text does); {@code [markdown]}, {@code [html]},
 *     {@code [plain]} or {@code [moodle]} before a text sets its format (default plain).</li>
 * <li>Answers between braces, after the text or inside it (missing-word format, shown as {@code _____}):
 *     {@code {=a ~b}} single choice, {@code {~%50%a ~%50%b ~%-100%c}} multiple response (no {@code =}),
 *     {@code {T}}/{@code {FALSE#wrong#right}} true/false, {@code {=a =%50%b}} short answer, {@code {#3:0.5}},
 *     {@code {#1..5}} numeric, {@code {=a -> b = -> distractor}} matching, {@code {}} essay; {@code #} per-answer
 *     feedback, {@code ####} general feedback, {@code %n%} weights; {@code \~ \= \# \{ \} \: \\ \n} escapes.</li>
 * </ul>
 * Reported, not imported: a question without braces (a Moodle "description", a warning), the ordering plugin's
 * {@code {>...}} syntax (ordering is not part of core GIFT), unbalanced or repeated braces, bad weights and
 * numbers, and anything the question's type refuses. Every question gets default mark 1 (GIFT has no marks).
 */
public final class GiftImporter {

    static final MessageBundle MESSAGES = MessageBundle.of(GiftImporter.class);

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]])+)]");
    private static final Pattern FORMAT = Pattern.compile("^\\[(markdown|html|plain|moodle)]");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private final QuestionTypeRegistry registry;

    public GiftImporter(QuestionTypeRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Reads a file's bytes: UTF-8 (a BOM is allowed); other encodings give one error at the first bad byte. */
    public ImportResult read(byte[] bytes) {
        UploadedText.Utf8 decoded = UploadedText.strictUtf8(bytes);
        if (!decoded.ok()) {
            ImportCollector collector = new ImportCollector(registry);
            collector.error(0, decoded.badLine(), MESSAGES.message("gift.not-utf8", decoded.badLine()));
            return collector.result();
        }
        return read(decoded.text());
    }

    /** Reads GIFT text (a leading BOM is ignored). */
    public ImportResult read(String text) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = source.split("\r\n|\r|\n", -1);
        ImportCollector collector = new ImportCollector(registry);
        CategoryPath category = CategoryPath.ROOT;
        int number = 0;
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            List<String> content = new ArrayList<>();
            List<Integer> contentLines = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                String line = lines[i].strip();
                if (line.startsWith("//")) {
                    Matcher m = TAG.matcher(line);
                    while (m.find()) {
                        tags.add(m.group(1).replace("\\]", "]").strip());
                    }
                } else {
                    content.add(line);
                    contentLines.add(i + 1);
                }
            }
            if (content.isEmpty()) {
                continue;
            }
            if (content.get(0).startsWith("$CATEGORY:")) {
                category = moodleCategory(content.get(0).substring("$CATEGORY:".length()));
                content.remove(0);
                contentLines.remove(0);
                if (content.isEmpty()) {
                    continue;
                }
            }
            number++;
            new QuestionReader(collector, number, contentLines.get(0), category, tags)
                    .read(GiftText.of(content, contentLines));
        }
        return collector.result();
    }

    /** A Moodle category path without its context prefix ({@code $course$}, {@code $system$}...) and "top". */
    static CategoryPath moodleCategory(String path) {
        String p = path.strip().replaceFirst("^\\$[a-z0-9]+\\$/?", "");
        CategoryPath parsed = CategoryPath.parse(p);
        List<String> s = parsed.segments();
        if (!s.isEmpty() && s.get(0).equals("top")) {
            return new CategoryPath(s.subList(1, s.size()));
        }
        return parsed;
    }

    /** Reads one question block. */
    private final class QuestionReader {

        private final ImportCollector collector;
        private final int number;
        private final int firstLine;
        private final CategoryPath category;
        private final List<String> tags;

        QuestionReader(ImportCollector collector, int number, int firstLine, CategoryPath category, List<String> tags) {
            this.collector = collector;
            this.number = number;
            this.firstLine = firstLine;
            this.category = category;
            this.tags = tags;
        }

        void read(GiftText block) {
            GiftText t = block.strip();
            String name = null;
            if (t.startsWith("::")) {
                int end = t.indexOf("::", 2);
                if (end < 0) {
                    error(firstLine, "gift.unclosed-title");
                    return;
                }
                name = t.sub(2, end).toString().strip();
                t = t.sub(end + 2).strip();
            }
            int open = t.indexOf('{', 0);
            int close = t.indexOf('}', 0);
            if (open < 0 && close < 0) {
                collector.warning(number, firstLine, MESSAGES.message("gift.description-skipped"));
                return;
            }
            if (open < 0 || close < 0 || close < open) {
                error(t.lineAt(Math.max(open, close), firstLine), open < 0 ? "gift.no-opening-brace"
                        : "gift.no-closing-brace");
                return;
            }
            int secondOpen = t.indexOf('{', open + 1);
            int secondClose = t.indexOf('}', close + 1);
            if (secondOpen >= 0 || secondClose >= 0) {
                int at = secondOpen >= 0 ? secondOpen : secondClose;
                error(t.lineAt(at, firstLine), "gift.several-answer-blocks");
                return;
            }
            int answerLine = t.lineAt(open, firstLine);
            GiftText answers = t.sub(open + 1, close).strip();
            GiftText after = t.sub(close + 1).strip();
            String questionSource = after.isEmpty() ? t.sub(0, open).strip().toString()
                    : t.sub(0, open).toString().stripLeading() + "_____" + t.sub(close + 1).toString().stripTrailing();
            FormattedText text = formatted(questionSource, TextFormat.PLAIN);
            FormattedText generalFeedback = FormattedText.EMPTY;
            int gf = answers.lastIndexOf("####");
            if (gf >= 0) {
                generalFeedback = formatted(answers.sub(gf + 4).strip().toString(), text.format());
                answers = answers.sub(0, gf).strip();
            }
            String questionName = name == null || name.isEmpty() ? ImportCollector.defaultName(text, number) : name;
            Built built = build(answers, text.format(), answerLine);
            if (built != null) {
                collector.add(number, firstLine, new Question(built.typeId, questionName, text, 1, generalFeedback,
                        category, tags, built.definition));
            }
        }

        private record Built(String typeId, JsonObject definition) {
        }

        private Built build(GiftText answers, TextFormat format, int line) {
            if (answers.isEmpty()) {
                return new Built(EssayType.ID,
                        new EssayDefinition(TextFormat.PLAIN, FormattedText.EMPTY, FormattedText.EMPTY).toJson());
            }
            if (answers.isMarkup(0, '>')) {
                error(line, "gift.ordering-unsupported");
                return null;
            }
            if (answers.isMarkup(0, '#')) {
                return numeric(answers.sub(1), format, line);
            }
            if (answers.indexOf('~', 0) >= 0) {
                return choices(answers, format, line);
            }
            if (answers.indexOf('=', 0) >= 0 && answers.toString().contains("->")) {
                return matching(answers, format, line);
            }
            int hash = answers.indexOf('#', 0);
            String head = (hash >= 0 ? answers.sub(0, hash) : answers).strip().toString();
            if (TRUE_FALSE.contains(head)) {
                return trueFalse(answers, format);
            }
            return shortAnswer(answers, format, line);
        }

        private Built choices(GiftText answers, TextFormat format, int line) {
            List<GiftText> parts = answers.splitBefore("~=");
            if (!parts.get(0).strip().isEmpty()) {
                error(parts.get(0).lineAt(0, line), "gift.text-before-first-answer");
                return null;
            }
            boolean single = answers.indexOf('=', 0) >= 0;
            List<Choice> choices = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (GiftText part : parts.subList(1, parts.size())) {
                boolean right = part.isMarkup(0, '=');
                GiftText body = part.sub(1).strip();
                Double weight = weight(body, part.lineAt(0, line));
                if (weight != null && weight.isNaN()) {
                    return null;
                }
                double fraction = weight != null ? weight : right ? 1 : 0;
                if (weight != null) {
                    body = body.sub(body.toString().indexOf('%', 1) + 1).strip();
                }
                FormattedText[] textAndFeedback = textAndFeedback(body, format);
                choices.add(new Choice(StableIds.of("c", textAndFeedback[0].text(), ids), textAndFeedback[0], fraction,
                        textAndFeedback[1]));
            }
            if (choices.size() < 2) {
                error(line, "gift.too-few-choices");
                return null;
            }
            return single ? new Built(SingleChoiceType.ID, new SingleChoiceDefinition(choices, true).toJson())
                    : new Built(MultipleResponseType.ID, new MultipleResponseDefinition(choices, true).toJson());
        }

        private Built matching(GiftText answers, TextFormat format, int line) {
            List<GiftText> parts = answers.splitBefore("=");
            if (!parts.get(0).strip().isEmpty()) {
                error(parts.get(0).lineAt(0, line), "gift.text-before-first-answer");
                return null;
            }
            MatchingPairs matching = new MatchingPairs();
            for (GiftText part : parts.subList(1, parts.size())) {
                String s = part.sub(1).toString();
                int arrow = s.indexOf("->");
                if (arrow < 0) {
                    error(part.lineAt(0, line), "gift.matching-needs-arrow");
                    return null;
                }
                matching.add(formatted(s.substring(0, arrow).strip(), format), s.substring(arrow + 2).strip());
            }
            return new Built(MatchingType.ID, matching.build(true).toJson());
        }

        private Built trueFalse(GiftText answers, TextFormat format) {
            // As Moodle: {T#feedback for a wrong answer#feedback for a right answer}.
            int first = answers.indexOf('#', 0);
            int second = first < 0 ? -1 : answers.indexOf('#', first + 1);
            boolean correct = (first < 0 ? answers : answers.sub(0, first)).strip().toString().startsWith("T");
            FormattedText wrong = first < 0 ? FormattedText.EMPTY
                    : formatted((second < 0 ? answers.sub(first + 1) : answers.sub(first + 1, second)).toString(), format);
            FormattedText right = second < 0 ? FormattedText.EMPTY : formatted(answers.sub(second + 1).toString(), format);
            return new Built(TrueFalseType.ID, (correct ? new TrueFalseDefinition(true, right, wrong)
                    : new TrueFalseDefinition(false, wrong, right)).toJson());
        }

        private Built shortAnswer(GiftText answers, TextFormat format, int line) {
            List<GiftText> parts = answers.splitBefore("=");
            List<ShortAnswerDefinition.Answer> list = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                GiftText part = parts.get(p);
                GiftText body = (p == 0 ? part : part.sub(1)).strip();
                if (p == 0 && body.isEmpty()) {
                    continue;
                }
                Double weight = weight(body, part.lineAt(0, line));
                if (weight != null && weight.isNaN()) {
                    return null;
                }
                if (weight != null) {
                    body = body.sub(body.toString().indexOf('%', 1) + 1).strip();
                }
                FormattedText[] textAndFeedback = textAndFeedback(body, format);
                list.add(new ShortAnswerDefinition.Answer(textAndFeedback[0].text(), weight == null ? 1 : weight,
                        textAndFeedback[1]));
            }
            return new Built(ShortAnswerType.ID, new ShortAnswerDefinition(list, false).toJson());
        }

        private Built numeric(GiftText answers, TextFormat format, int line) {
            FormattedText otherwise = FormattedText.EMPTY;
            int tilde = answers.indexOf('~', 0);
            if (tilde >= 0) {
                GiftText rest = answers.sub(tilde + 1).strip();
                int hash = rest.indexOf('#', 0);
                otherwise = formatted(hash >= 0 ? rest.sub(hash + 1).strip().toString() : "", format);
                answers = answers.sub(0, tilde);
            }
            List<GiftText> parts = answers.splitBefore("=");
            List<NumericDefinition.Answer> list = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                GiftText part = parts.get(p);
                GiftText body = (p == 0 ? part : part.sub(1)).strip();
                if (p == 0 && body.isEmpty()) {
                    continue;
                }
                int partLine = part.lineAt(0, line);
                Double weight = weight(body, partLine);
                if (weight != null && weight.isNaN()) {
                    return null;
                }
                if (weight != null) {
                    body = body.sub(body.toString().indexOf('%', 1) + 1).strip();
                }
                FormattedText[] valueAndFeedback = textAndFeedback(body, format);
                NumericDefinition.Answer answer = numericAnswer(valueAndFeedback[0].text(), weight == null ? 1 : weight,
                        valueAndFeedback[1], partLine);
                if (answer == null) {
                    return null;
                }
                list.add(answer);
            }
            if (list.isEmpty()) {
                error(line, "gift.no-numeric-answer");
                return null;
            }
            return new Built(NumericType.ID, new NumericDefinition(list, otherwise, List.of()).toJson());
        }

        private NumericDefinition.Answer numericAnswer(String source, double fraction, FormattedText feedback, int line) {
            try {
                int range = source.indexOf("..");
                int colon = source.indexOf(':');
                BigDecimal value;
                BigDecimal tolerance;
                if (range > 0) {
                    BigDecimal min = new BigDecimal(source.substring(0, range).strip());
                    BigDecimal max = new BigDecimal(source.substring(range + 2).strip());
                    value = min.add(max).divide(BigDecimal.valueOf(2), 12, RoundingMode.HALF_EVEN);
                    tolerance = max.subtract(value).abs();
                } else if (colon > 0) {
                    value = new BigDecimal(source.substring(0, colon).strip());
                    tolerance = new BigDecimal(source.substring(colon + 1).strip());
                } else {
                    value = new BigDecimal(source.strip());
                    tolerance = BigDecimal.ZERO;
                }
                return new NumericDefinition.Answer(value, tolerance, fraction, feedback);
            } catch (NumberFormatException e) {
                collector.error(number, line, MESSAGES.message("gift.bad-number", source));
                return null;
            }
        }

        /** The {@code %n%} weight at the start of {@code body} as a fraction; null if none; NaN after an error. */
        private Double weight(GiftText body, int line) {
            String s = body.toString();
            if (!s.startsWith("%")) {
                return null;
            }
            Matcher m = WEIGHT.matcher(s);
            if (!m.find()) {
                collector.error(number, line, MESSAGES.message("gift.bad-weight", s.split("\\s", 2)[0]));
                return Double.NaN;
            }
            BigDecimal percent = new BigDecimal(m.group(1));
            if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                collector.error(number, line, MESSAGES.message("gift.bad-weight", m.group()));
                return Double.NaN;
            }
            return percent.movePointLeft(2).doubleValue();
        }

        /** Splits {@code answer#feedback} at the first unescaped {@code #}. */
        private FormattedText[] textAndFeedback(GiftText body, TextFormat format) {
            int hash = body.indexOf('#', 0);
            if (hash < 0) {
                return new FormattedText[] {formatted(body.strip().toString(), format), FormattedText.EMPTY};
            }
            return new FormattedText[] {formatted(body.sub(0, hash).strip().toString(), format),
                    formatted(body.sub(hash + 1).strip().toString(), format)};
        }

        private void error(int line, String key) {
            collector.error(number, line, MESSAGES.message(key));
        }
    }

    /** Reads a {@code [format]} prefix; without one the text takes {@code inherited}. */
    static FormattedText formatted(String source, TextFormat inherited) {
        Matcher m = FORMAT.matcher(source);
        if (!m.find()) {
            return source.isBlank() ? FormattedText.EMPTY : new FormattedText(source.strip(), inherited);
        }
        TextFormat format = switch (m.group(1)) {
            case "markdown" -> TextFormat.MARKDOWN;
            case "html" -> TextFormat.HTML;
            default -> TextFormat.PLAIN;
        };
        String text = source.substring(m.end()).strip();
        return text.isEmpty() ? FormattedText.EMPTY : new FormattedText(text, format);
    }
}
