/** The mail outbox for administrators: what is waiting, sent and failed (with the error), resend, test mail. */
package jp.medsec.lms.web.rest.mail;
