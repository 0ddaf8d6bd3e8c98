/**
 * Completion certificates (修了証): one valid certificate per learner, course and fiscal year (the database keeps
 * it so), a readable number per track and year, an unguessable verification code, revocation that never deletes.
 */
package jp.medsec.lms.core.domain.model.certificate;
