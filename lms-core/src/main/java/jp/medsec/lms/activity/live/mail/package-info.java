/**
 * The e-mails of live sessions: {@link jp.medsec.lms.activity.live.mail.SessionMail} writes each
 * {@link jp.medsec.lms.activity.live.SessionNotice} as a mail in the learner's language, and
 * {@link jp.medsec.lms.activity.live.mail.SessionNoticeMailer} puts it in the outbox in the transaction that fired
 * the notice. Texts: {@code messages_ja/en.properties} in this package.
 */
package jp.medsec.lms.activity.live.mail;
