/**
 * RFC 9457 problem details: every error the API returns is {@code application/problem+json} with a stable
 * {@code type} (/problems/&lt;code&gt;), a user-readable {@code detail} in the caller's language, and for
 * invalid input a {@code violations} list naming each field. Resources throw; mappers here answer.
 */
package jp.medsec.lms.web.rest.problem;
