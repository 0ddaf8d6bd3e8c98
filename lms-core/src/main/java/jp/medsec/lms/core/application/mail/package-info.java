/**
 * E-mail through the outbox: {@link jp.medsec.lms.core.application.mail.MailOutbox} writes a mail in the caller's
 * transaction and lets administrators see and resend failures; the sender job
 * ({@code application.internal.MailSenderJob}) delivers due mails over SMTP ({@code infrastructure.mail}) with the
 * settings of {@link jp.medsec.lms.core.application.mail.MailSettings}. See docs/mail.md.
 */
package jp.medsec.lms.core.application.mail;
