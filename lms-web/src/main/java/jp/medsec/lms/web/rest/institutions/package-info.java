/** Institutions, departments and staff training records, for administrators and, within their scope, managers. */
package jp.medsec.lms.web.rest.institutions;
