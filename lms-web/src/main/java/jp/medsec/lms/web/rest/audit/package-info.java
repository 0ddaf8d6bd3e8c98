/** Reading the audit log and the capability table (administrators). There is no endpoint that changes either. */
package jp.medsec.lms.web.rest.audit;
