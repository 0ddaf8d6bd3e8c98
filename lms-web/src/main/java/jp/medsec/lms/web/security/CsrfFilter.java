package jp.medsec.lms.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;

import java.util.Set;

/**
 * Cross-site request forgery defence for the API (OWASP's custom request header pattern): a request that
 * changes state must carry {@code X-Requested-With}, which another site's form cannot send and its scripts
 * cannot send without a CORS permission we never give; and it must not come from another site by the
 * browser's own account (Sec-Fetch-Site). Our pages send the header from api.js. This adds to the
 * SameSite=Lax session cookie, which already keeps the cookie off cross-site POSTs. (No Origin-to-Host
 * comparison: behind a reverse proxy that rewrites Host it would refuse our own pages.)
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfFilter implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String marker = request.getHeaderString(HEADER);
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (marker == null || marker.isBlank() || "cross-site".equals(fetchSite)) {
            throw new AccessDeniedException("csrf.rejected", "State-changing requests need the X-Requested-With header and must come from this site");
        }
    }
}
