/**
 * The question as the quiz keeps it, whatever its type: name, text, default mark, general feedback, category
 * path, tags, and the type's own definition (JSON). {@link jp.medsec.lms.quiz.domain.model.question.Question#toJson()}
 * gives the persistence-agnostic form stored in a versioned table and read back with
 * {@link jp.medsec.lms.quiz.domain.model.question.Question#fromJson}.
 */
package jp.medsec.lms.quiz.domain.model.question;
