/**
 * The {@code true-false} question type: a statement the learner judges true or false, with feedback for each
 * answer. A right answer earns full marks, a wrong one nothing.
 */
package jp.medsec.lms.quiz.questiontype.truefalse;
