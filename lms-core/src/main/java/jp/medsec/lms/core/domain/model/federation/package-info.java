/**
 * Federated login (OpenID Connect): an institution's own identity provider, and the links between the people it
 * vouches for (issuer and subject) and their LMS accounts. The provider speaks only for its institution's staff.
 */
package jp.medsec.lms.core.domain.model.federation;
