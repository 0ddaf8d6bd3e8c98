/**
 * Who may do what. The capability table maps roles to capabilities, in one place: the core's own
 * capabilities ({@link jp.medsec.lms.core.access.CoreCapabilities}) plus those plugins declare through
 * {@link jp.medsec.lms.spi.CapabilityProvider}. Endpoints name a capability in {@code @RolesAllowed}; the
 * scope of a role (which institution, department or track) is checked by {@link AccessPolicy}.
 */
package jp.medsec.lms.core.access;
