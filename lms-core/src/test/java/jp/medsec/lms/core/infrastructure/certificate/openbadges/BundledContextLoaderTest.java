package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledContextLoaderTest {

    @Test
    void theVc2ContextIsTheW3csByteForByte() throws Exception {
        // SHA-256 the VC Data Model 2.0 specification publishes for https://www.w3.org/ns/credentials/v2.
        assertEquals("59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734", sha256("contexts/credentials-v2.jsonld"));
    }

    @Test
    void anUnknownContextFailsClearlyWithoutTouchingTheNetwork() {
        JsonLdError e = assertThrows(JsonLdError.class,
                () -> BundledContextLoader.instance().loadDocument(URI.create("https://example.org/evil-context.jsonld"), null));
        assertTrue(e.getMessage().contains("https://example.org/evil-context.jsonld"), e.getMessage());
        assertTrue(e.getMessage().contains("not fetched from the network"), e.getMessage());
    }

    @Test
    void aCredentialNamingAnUnbundledContextCannotBeSigned() {
        // The host does not resolve here, and a network fetch would fail differently (and slowly); the message shows
        // the loader refused before any connection.
        JsonObject credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContextLoader.CREDENTIALS_V2).add("https://contexts.invalid/extra.jsonld"))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", "did:example:1")
                .build();
        CredentialException e = assertThrows(CredentialException.class, () -> new EddsaRdfc2022(BundledContextLoader.instance())
                .sign(credential, IssuerKey.generate(), "did:example:1#k", Instant.now()));
        assertTrue(e.getMessage().contains("https://contexts.invalid/extra.jsonld"), e.getMessage());
        assertTrue(e.getMessage().contains("not bundled"), e.getMessage());
    }

    @Test
    void everyBundledContextLoads() throws JsonLdError {
        for (String url : new String[] {BundledContextLoader.CREDENTIALS_V2, BundledContextLoader.OPEN_BADGES_V3,
                BundledContextLoader.DATA_INTEGRITY_V2, BundledContextLoader.MULTIKEY_V1, BundledContextLoader.DID_V1}) {
            assertTrue(BundledContextLoader.instance().loadDocument(URI.create(url), null).getJsonContent().isPresent(), url);
        }
    }

    private static String sha256(String resource) throws IOException, java.security.NoSuchAlgorithmException {
        try (InputStream in = BundledContextLoader.class.getResourceAsStream(resource)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
