/** Registration, login, logout and the caller's own account. */
package jp.medsec.lms.web.rest.account;
