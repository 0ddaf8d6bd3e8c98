package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Who issues the certificates, as shown to anyone who reads a credential: the Open Badges {@code Profile}'s name and,
 * optionally, its web site. The profile's id is always the key's DID (see {@link IssuerKey#did()}).
 */
public record IssuerProfile(String name, URI url) {

    public static final String CONFIG_NAME = "lms.credentials.issuer-name";
    public static final String CONFIG_URL = "lms.credentials.issuer-url";
    public static final String DEFAULT_NAME = "医療機関サイバーセキュリティ研修";

    public IssuerProfile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The issuer needs a name");
        }
        if (url != null && !url.isAbsolute()) {
            throw new IllegalArgumentException("The issuer URL must be absolute: " + url);
        }
    }

    public Optional<URI> optionalUrl() {
        return Optional.ofNullable(url);
    }
}
