/**
 * The {@code multiple-response} question type: the learner ticks any number of choices.
 * <p>
 * Partial credit, as in Moodle's multichoice with "multiple answers allowed": each choice carries a fraction; the
 * right choices' fractions are positive and add up to 100%, the wrong choices' are 0 or negative (a penalty). The
 * grade is the sum of the fractions of the ticked choices, never below 0 and never above 1. Example: right A and B
 * at 50% each, wrong C at -100%: A alone earns 50%, A+B 100%, A+C 0% (floored), A+B+C 0%. A definition in which
 * ticking every choice would earn full marks (wrong choices all at 0) is refused, since it would reward guessing.
 */
package jp.medsec.lms.quiz.questiontype.multipleresponse;
