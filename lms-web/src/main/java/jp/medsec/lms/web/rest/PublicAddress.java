package jp.medsec.lms.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Absolute addresses of this LMS as the outside world reaches it: for redirect URIs registered at identity
 * providers and for the verification links printed on certificates. {@code lms.public-url} when the server sits
 * behind a proxy or a TLS terminator, otherwise the address the request came to.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "lms.public-url")
    Optional<String> publicUrl;

    /** {@code path} (starting with "/") on this site. */
    public URI of(HttpServletRequest request, String path) {
        String base = publicUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                        + (isDefaultPort(request) ? "" : ":" + request.getServerPort()) + request.getContextPath());
        return URI.create(base + path);
    }

    /** Where identity providers send the browser back after a login. */
    public URI ssoCallback(HttpServletRequest request) {
        return of(request, "/api/sso/callback");
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
    }
}
