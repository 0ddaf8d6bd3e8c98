/**
 * Session login with Jakarta Security: a mechanism that verifies credentials through the identity store on
 * login and afterwards recognises the caller from the server-side session. The cookie is HttpOnly and SameSite
 * (server.xml); the session id changes at login to stop fixation.
 */
package jp.medsec.lms.web.security;
