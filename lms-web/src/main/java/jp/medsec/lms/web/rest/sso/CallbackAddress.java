package jp.medsec.lms.web.rest.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The redirect URI registered at the identity providers: {@code lms.public-url} + /api/sso/callback when the
 * server sits behind a proxy or a TLS terminator (it must match exactly what the provider has), otherwise the
 * address the request came to.
 */
@ApplicationScoped
public class CallbackAddress {

    static final String PATH = "/api/sso/callback";

    @Inject
    @ConfigProperty(name = "lms.public-url")
    Optional<String> publicUrl;

    public URI of(HttpServletRequest request) {
        String base = publicUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                        + (isDefaultPort(request) ? "" : ":" + request.getServerPort()) + request.getContextPath());
        return URI.create(base + PATH);
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
    }
}
