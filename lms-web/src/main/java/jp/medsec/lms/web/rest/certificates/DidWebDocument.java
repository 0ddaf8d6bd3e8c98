package jp.medsec.lms.web.rest.certificates;

import jakarta.json.JsonObject;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.IssuerKey;

import java.net.URI;
import java.util.Optional;

/**
 * What {@code did.json} answers, decided apart from the servlet so every case is testable without a server.
 * <p>
 * did:web (W3C CCG did:web method) resolves {@code did:web:lms.example.jp} to {@code
 * https://lms.example.jp/.well-known/did.json}, and {@code did:web:example.jp:lms} (a site under a path) to {@code
 * https://example.jp/lms/did.json}. So the document is served at exactly the place its DID points to, only over https
 * (a resolver never asks over http, and a DID naming an http address would not resolve), and only when there is a
 * signing key: without one there is no issuer, so there is no DID document either, and the answer is 404 with a
 * problem code that says why (not 503: nothing will change until an administrator configures a key, and a resolver
 * reads 404 as "this DID does not exist").
 */
final class DidWebDocument {

    static final String WELL_KNOWN = "/.well-known/did.json";
    static final String UNDER_PATH = "/did.json";

    private DidWebDocument() {
    }

    /** The answer: the document, or a refusal with its status and problem code. */
    sealed interface Outcome permits Published, Refused {
    }

    record Published(String did, JsonObject document) implements Outcome {
    }

    record Refused(int status, String code) implements Outcome {
    }

    /**
     * @param key         the configured signing key, if any
     * @param site        the LMS's public address ({@code lms.public-url}, else the address the request came to)
     * @param servletPath the path asked for within the application ({@value #WELL_KNOWN} or {@value #UNDER_PATH})
     */
    static Outcome decide(Optional<IssuerKey> key, URI site, String servletPath) {
        String path = site.getRawPath() == null ? "" : site.getRawPath().replaceAll("/+$", "");
        String expected = path.isEmpty() ? WELL_KNOWN : UNDER_PATH;
        if (!expected.equals(servletPath)) {
            return new Refused(404, "request.not-found");
        }
        if (!"https".equalsIgnoreCase(site.getScheme())) {
            return new Refused(404, "did-web.https-required");
        }
        if (key.isEmpty()) {
            return new Refused(404, "did-web.not-configured");
        }
        String did = IssuerKey.didWeb(site);
        return new Published(did, key.get().didWebDocument(site));
    }
}
