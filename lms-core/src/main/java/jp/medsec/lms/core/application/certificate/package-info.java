/**
 * Certificates that expire: the renewal window from configuration ({@link RenewalSettings}) and the reminder mail
 * ({@link RenewalReminderMail}, texts beside it). The job that sends reminders is
 * {@code application.internal.CertificateReminderJob}; which certificates need renewal is
 * {@code domain.model.certificate.Renewal}.
 */
package jp.medsec.lms.core.application.certificate;
