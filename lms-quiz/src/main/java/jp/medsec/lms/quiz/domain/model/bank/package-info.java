/**
 * The question bank: questions under categories, with tags, and their versions. Editing a question stores a new
 * version; attempts keep the version they showed, so a later correction never changes what a learner saw.
 */
package jp.medsec.lms.quiz.domain.model.bank;
