/**
 * Login through an institution's identity provider (OpenID Connect): the list for the login page, the redirect
 * to the provider and its callback. These are browser navigations, so failures redirect to the login page with a
 * reason code rather than answering with problem details.
 */
package jp.medsec.lms.web.rest.sso;
