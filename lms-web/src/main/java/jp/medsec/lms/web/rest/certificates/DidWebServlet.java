package jp.medsec.lms.web.rest.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.CredentialException;
import jp.medsec.lms.web.rest.PublicAddress;
import jp.medsec.lms.web.rest.problem.ProblemWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The issuer's {@code did:web} DID document at {@code /.well-known/did.json}: the same Ed25519 key that signs the Open
 * Badges credentials, so a verifier that trusts this site can resolve {@code did:web:<host>} and check our credentials
 * (which name the key's did:key; the document lists it as {@code alsoKnownAs}). Public, no login, cacheable for an
 * hour, readable by verifiers running in a browser (CORS). A servlet rather than a JAX-RS resource because the
 * address is fixed by the did:web method and lies outside {@code /api}. What it answers when: {@link DidWebDocument}.
 */
@WebServlet(urlPatterns = {DidWebDocument.WELL_KNOWN, DidWebDocument.UNDER_PATH})
public class DidWebServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DidWebServlet.class.getName());
    static final String MEDIA_TYPE = "application/did+json";

    @Inject
    transient CertificateFiles files;

    @Inject
    transient PublicAddress address;

    @Inject
    transient ProblemWriter problems;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DidWebDocument.Outcome outcome;
        try {
            outcome = DidWebDocument.decide(files.configuredKey(), address.of(request, ""), request.getServletPath());
        } catch (CredentialException e) {
            // A key is configured but cannot be read: the same fault makes credential downloads fail; say so.
            LOG.severe("did:web document not served: " + e.getMessage());
            outcome = new DidWebDocument.Refused(503, "did-web.key-invalid");
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (outcome instanceof DidWebDocument.Refused refused) {
            // Short, so that a key configured later is seen soon.
            response.setHeader("Cache-Control", "public, max-age=60");
            problems.write(request, response, refused.status(), refused.code(), request.getRequestURI());
            return;
        }
        var published = (DidWebDocument.Published) outcome;
        // The key changes only when an administrator replaces it (a new issuer); an hour of caching is harmless.
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MEDIA_TYPE);
        response.getWriter().write(published.document().toString());
    }
}
