/** The audit log: security-relevant actions, append-only. Nothing in the application updates or deletes entries. */
package jp.medsec.lms.core.domain.model.audit;
