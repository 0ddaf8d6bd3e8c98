package jp.medsec.lms.web.rest.certificates;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.IssuerKey;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What a third party needs to verify our Open Badges credentials without our code: the issuer's public key (as a
 * did:key document and as a JWKS) and the signed revocation list the credentials point at.
 */
@Path("credentials")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CredentialsResource {

    @Inject
    CertificateFiles files;

    @Inject
    CertificateService certificates;

    @Context
    HttpServletRequest request;

    @GET
    @Path("issuer")
    @Operation(summary = "The issuer's public key: DID, did:key document and JWKS")
    public JsonObject issuer() {
        IssuerKey key = files.key();
        return Json.createObjectBuilder().add("did", key.did()).add("verificationMethod", key.verificationMethod())
                .add("didDocument", key.didKeyDocument()).add("jwks", key.jwks()).build();
    }

    @GET
    @Path("status-list")
    @Operation(summary = "The signed revocation list (BitstringStatusListCredential) that credentials refer to")
    public JsonObject statusList() {
        return files.statusList(request, certificates.revokedIndexes());
    }
}
