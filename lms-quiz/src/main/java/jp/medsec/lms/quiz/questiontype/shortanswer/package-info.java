/**
 * The {@code short-answer} question type: the learner types a word or phrase, compared with the author's accepted
 * answers after {@link jp.medsec.lms.quiz.questiontype.shortanswer.AnswerNormalizer normalisation} (so full-width
 * and half-width, hiragana and katakana, spacing and dash variants do not cost marks). Answers are tried in the
 * author's order and the first that matches decides the fraction and feedback (Moodle's rule, so a final
 * {@code *} can catch everything else with its own feedback).
 */
package jp.medsec.lms.quiz.questiontype.shortanswer;
