package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our eddsa-rdfc-2022 against the W3C's published test vector: Ed25519 is deterministic, so signing the same
 * credential with the same key and creation time must give the very proof value the specification prints. That checks
 * the whole chain (JSON-LD to RDF, RDFC-1.0, hash order, Ed25519, multibase) against an outside reference.
 */
class EddsaRdfc2022Test {

    private static final String W3C_PRIVATE_KEY = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    private static final String W3C_PUBLIC_KEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    private final EddsaRdfc2022 suite = new EddsaRdfc2022(TestContexts.withW3cExamples());

    @Test
    void signingTheW3cExampleGivesTheProofTheSpecificationPublishes() {
        JsonObject published = TestContexts.json("w3c-eddsa-rdfc-2022-signed.json");
        JsonObject unsigned = Json.createObjectBuilder(published).remove("proof").build();
        IssuerKey key = IssuerKey.parse(W3C_PRIVATE_KEY);
        assertEquals(W3C_PUBLIC_KEY, key.publicKeyMultibase(), "public key derived from the W3C private key");

        JsonObject signed = suite.sign(unsigned, key, published.getJsonObject("proof").getString("verificationMethod"),
                Instant.parse("2023-02-24T23:36:38Z"));

        assertEquals(published.getJsonObject("proof"), signed.getJsonObject("proof"));
    }

    @Test
    void theW3cExampleVerifiesAndAChangedClaimDoesNot() {
        JsonObject published = TestContexts.json("w3c-eddsa-rdfc-2022-signed.json");
        var key = IssuerKey.publicKeyOfDidKey("did:key:" + W3C_PUBLIC_KEY);
        assertTrue(suite.verify(published, key).isEmpty());

        JsonObject changed = Json.createObjectBuilder(published).add("credentialSubject", Json.createObjectBuilder()
                .add("id", "did:example:abcdefgh").add("alumniOf", "The School of Counterfeits")).build();
        assertTrue(suite.verify(changed, key).orElseThrow().contains("does not match"));
        assertTrue(suite.verify(published, IssuerKey.generate().publicKey()).isPresent(), "another key");
    }

    @Test
    void aPropertyNoContextDefinesIsRefusedRatherThanLeftOutOfTheSignature() {
        // Without the examples context's @vocab, "alumniOf" means nothing: signing it would sign a document without it.
        JsonObject unsigned = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContextLoader.CREDENTIALS_V2))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", "did:example:issuer")
                .add("credentialSubject", Json.createObjectBuilder().add("alumniOf", "Somewhere"))
                .build();
        EddsaRdfc2022 production = new EddsaRdfc2022(BundledContextLoader.instance());
        CredentialException e = assertThrows(CredentialException.class,
                () -> production.sign(unsigned, IssuerKey.generate(), "did:example:issuer#k", Instant.now()));
        assertTrue(e.getMessage().contains("alumniOf"), e.getMessage());
    }
}
