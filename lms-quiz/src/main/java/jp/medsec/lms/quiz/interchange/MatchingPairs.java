package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.questiontype.matching.MatchingDefinition;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.StableIds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a matching question from stem → answer lines as both GIFT and Moodle XML write them: a blank stem makes
 * its answer a distractor; equal answers share one id; ids come from the texts (StableIds), not the order.
 */
final class MatchingPairs {

    private final Map<String, String> answerIds = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final List<MatchingDefinition.Pair> pairs = new ArrayList<>();
    private final List<String> distractors = new ArrayList<>();

    void add(FormattedText stem, String answer) {
        if (stem.isBlank()) {
            distractors.add(answer);
            return;
        }
        String answerId = answerIds.computeIfAbsent(answer, a -> StableIds.of("a", a, ids));
        pairs.add(new MatchingDefinition.Pair(StableIds.of("s", stem.text(), ids), stem, answerId));
    }

    MatchingDefinition build(boolean shuffle) {
        distractors.forEach(d -> answerIds.computeIfAbsent(d, a -> StableIds.of("a", a, ids)));
        List<MatchingDefinition.Answer> answers = new ArrayList<>();
        answerIds.forEach((text, id) -> answers.add(new MatchingDefinition.Answer(id, text)));
        return new MatchingDefinition(pairs, answers, shuffle);
    }
}
