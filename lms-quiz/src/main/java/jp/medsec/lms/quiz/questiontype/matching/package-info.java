/**
 * The {@code matching} question type: the learner pairs each stem (left) with one answer (right). The right-hand
 * list may hold distractors that belong to no stem. Partial credit: each stem paired correctly earns an equal
 * share (3 of 4 right = 75%); a stem left unpaired earns nothing.
 */
package jp.medsec.lms.quiz.questiontype.matching;
