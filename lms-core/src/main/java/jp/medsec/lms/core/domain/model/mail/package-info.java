/**
 * The mail outbox: e-mails the LMS owes people, written in the transaction of the change that caused them and sent
 * later by a job that retries with back-off ({@link jp.medsec.lms.core.domain.model.mail.OutgoingMail},
 * {@link jp.medsec.lms.core.domain.model.mail.RetryPolicy}). A failed send never undoes the change, and a mail that
 * cannot be delivered ends {@code FAILED} where administrators see it.
 */
package jp.medsec.lms.core.domain.model.mail;
