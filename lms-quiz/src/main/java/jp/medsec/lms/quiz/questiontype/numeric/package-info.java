/**
 * The {@code numeric} question type: the learner types a number, right when it lies within an answer's tolerance.
 * Typed numbers are read generously ({@link jp.medsec.lms.quiz.questiontype.numeric.NumberReader}): full-width
 * digits, thousands commas ({@code １，０００}), a full-width or typographic minus, spaces, and an optional unit
 * from the question's list ({@code 2億円} when the author lists {@code 億円} with multiplier 0.00000001, Moodle's meaning). A unit is never
 * required; without one the number is read in the answers' unit.
 */
package jp.medsec.lms.quiz.questiontype.numeric;
