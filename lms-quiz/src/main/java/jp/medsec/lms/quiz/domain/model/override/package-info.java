/** Per-learner and per-institution exceptions to a quiz's dates, time limit and attempts. */
package jp.medsec.lms.quiz.domain.model.override;
