/**
 * Certificates over HTTP: a learner's own (list, PDF, Open Badges credential), certificate administration (issue
 * by hand, reissue, revoke, search), the public verification API (no login, rate-limited), and the issuer's
 * public keys and revocation list that let anyone verify a credential without our code.
 */
package jp.medsec.lms.web.rest.certificates;
