/**
 * The OpenID Connect relying party for institutions' identity providers: discovery, the authorization-code
 * flow with PKCE, state and nonce, and ID-token validation (Nimbus OAuth 2.0 SDK). What the verified token says
 * goes to the core's FederationService, which decides whose account it opens.
 */
package jp.medsec.lms.web.security.oidc;
