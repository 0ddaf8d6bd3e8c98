/**
 * The quiz's application services: taking a quiz (start or resume, autosave, submit, review as the settings allow,
 * closing overdue attempts) and the question bank (import, seed). The web layer checks who the caller is and that
 * they are enrolled, then calls these with a {@link jp.medsec.lms.quiz.application.QuizService.QuizContext}.
 */
package jp.medsec.lms.quiz.application;
