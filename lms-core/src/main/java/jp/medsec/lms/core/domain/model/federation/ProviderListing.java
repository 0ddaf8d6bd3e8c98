package jp.medsec.lms.core.domain.model.federation;

/** An enabled provider as the public login page lists it: read without touching the sealed client secret. */
public record ProviderListing(String id, String displayName, String institutionName) {
}
