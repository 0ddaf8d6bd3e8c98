/**
 * The quiz as an activity type of the core: its settings are a {@link jp.medsec.lms.quiz.domain.model.quiz.QuizSettings},
 * completion follows the graded attempts the quiz records on the server (a learner's page cannot post them).
 */
package jp.medsec.lms.quiz.activity;
