/**
 * The {@code essay} question type: the learner writes free text that a person grades. The presentation may carry
 * a response template (the outline the learner starts from); information for graders never reaches the learner.
 */
package jp.medsec.lms.quiz.questiontype.essay;
