package jp.medsec.lms.quiz.domain.model.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Item analysis of a quiz's graded attempts, as trainers know it from Moodle's quiz statistics report.
 *
 * <ul>
 *   <li><b>Facility</b> of a question: its mean score as a percentage of its marks (100 = everyone right).</li>
 *   <li><b>Discrimination index</b>: the Pearson correlation, times 100, between the question's score and the score on
 *       the rest of the quiz in the same attempts. High (30 and above) means learners who do well overall also get this
 *       question right; near zero or negative flags a question to review (a wrong key, an ambiguous wording).
 *       Empty when fewer than two attempts saw the question or when either score does not vary.</li>
 * </ul>
 *
 * Questions are identified by their bank question (all versions together: a corrected key does not split the
 * figures); random draws mean each question may appear in only some attempts, and each figure says how many.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /** One question as graded in one attempt: its marks available and earned. */
    public record Item(String questionId, double marks, double earned) {
    }

    /** A graded attempt: its items. */
    public record GradedAttempt(List<Item> items) {

        double marks() {
            return items.stream().mapToDouble(Item::marks).sum();
        }

        double earned() {
            return items.stream().mapToDouble(Item::earned).sum();
        }
    }

    public record QuestionFigures(String questionId, int attempts, double facilityPercent, double sdPercent,
                                  OptionalDouble discriminationIndex) {
    }

    public record QuizFigures(int attempts, OptionalDouble meanPercent, OptionalDouble medianPercent,
                              OptionalDouble sdPercent, List<QuestionFigures> questions) {
    }

    public static QuizFigures of(List<GradedAttempt> attempts) {
        List<Double> totals = new ArrayList<>();
        for (GradedAttempt a : attempts) {
            if (a.marks() > 0) {
                totals.add(100 * a.earned() / a.marks());
            }
        }
        Map<String, List<double[]>> byQuestion = new LinkedHashMap<>();
        for (GradedAttempt a : attempts) {
            for (Item item : a.items()) {
                if (item.marks() <= 0) {
                    continue;
                }
                double rest = a.marks() - item.marks();
                double restFraction = rest > 0 ? (a.earned() - item.earned()) / rest : Double.NaN;
                byQuestion.computeIfAbsent(item.questionId(), k -> new ArrayList<>())
                        .add(new double[] {item.earned() / item.marks(), restFraction});
            }
        }
        List<QuestionFigures> questions = new ArrayList<>();
        byQuestion.forEach((questionId, rows) -> {
            double[] own = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] rest = rows.stream().mapToDouble(r -> r[1]).toArray();
            questions.add(new QuestionFigures(questionId, rows.size(), 100 * mean(own), 100 * sd(own), correlation(own, rest)));
        });
        return new QuizFigures(totals.size(), totals.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(mean(totals)),
                median(totals), totals.size() < 2 ? OptionalDouble.empty() : OptionalDouble.of(sd(totals.stream().mapToDouble(d -> d).toArray())),
                questions);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double mean(List<Double> values) {
        return mean(values.stream().mapToDouble(d -> d).toArray());
    }

    /** Population standard deviation (the attempts are the whole group being described). */
    private static double sd(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return values.length == 0 ? 0 : Math.sqrt(sum / values.length);
    }

    private static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    /** Pearson correlation × 100 over the pairs where the rest score exists; empty without variation. */
    private static OptionalDouble correlation(double[] x, double[] y) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i])) {
                pairs.add(new double[] {x[i], y[i]});
            }
        }
        if (pairs.size() < 2) {
            return OptionalDouble.empty();
        }
        double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double ma = mean(a);
        double mb = mean(b);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        if (va < 1e-12 || vb < 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100 * cov / Math.sqrt(va * vb));
    }
}
