/**
 * Signed Open Badges 3.0 credentials ({@code OpenBadgeCredential}, W3C Verifiable Credentials Data Model 2.0) with a
 * Data Integrity proof of cryptosuite {@code eddsa-rdfc-2022}, and their revocation through a W3C Bitstring Status
 * List.
 *
 * <p>Entry points: {@link jp.medsec.lms.core.infrastructure.certificate.openbadges.IssuerKey} (the Ed25519 key from
 * configuration and what the web layer publishes: did:key, did:web document, JWKS),
 * {@link jp.medsec.lms.core.infrastructure.certificate.openbadges.OpenBadgeIssuer} (issues credentials and status list
 * credentials), {@link jp.medsec.lms.core.infrastructure.certificate.openbadges.BitstringStatusList} (the revocation
 * bits) and {@link jp.medsec.lms.core.infrastructure.certificate.openbadges.OpenBadgeVerifier}.
 *
 * <p>Every JSON-LD context is bundled under {@code contexts/} beside these classes and served by
 * {@link jp.medsec.lms.core.infrastructure.certificate.openbadges.BundledContextLoader}, which never goes to the
 * network: hospitals sit behind proxies, and a signature must not depend on what a remote server says today.
 */
package jp.medsec.lms.core.infrastructure.certificate.openbadges;
