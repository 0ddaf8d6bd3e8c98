/**
 * The {@code single-choice} question type: the learner picks one of several choices. Each choice carries a
 * fraction (at least one is 1, the right answer; a negative fraction is a penalty, but the grade stops at 0) and
 * feedback for a learner who picks it. Moodle's multichoice with "one answer only".
 */
package jp.medsec.lms.quiz.questiontype.singlechoice;
