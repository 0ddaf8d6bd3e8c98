/**
 * A quiz's settings as a trainer writes them in the activity: which questions are drawn, when it is open, the
 * time limit, attempts and how they are graded, the pass mark, and what a learner may see in review and when.
 */
package jp.medsec.lms.quiz.domain.model.quiz;
