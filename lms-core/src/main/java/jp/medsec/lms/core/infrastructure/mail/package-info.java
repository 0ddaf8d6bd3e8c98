/** Sending mail over SMTP with Jakarta Mail (Liberty's {@code mail-2.1} feature provides it; docs/mail.md). */
package jp.medsec.lms.core.infrastructure.mail;
