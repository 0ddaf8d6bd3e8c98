package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.vc.verifier.Verifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Our credentials checked by code we did not write. Which path is independent of which:
 * <ul>
 * <li><b>Digital Bazaar's reference stack</b> (JavaScript: jsonld.js, rdf-canonize, jsonld-signatures,
 * eddsa-rdfc-2022-cryptosuite) shares nothing with ours but the bundled context files. It cannot run in this build (no
 * Node.js on a fresh machine), so it ran once on fixtures that our issuer produces deterministically (Ed25519 is
 * deterministic; the key is the W3C test key, the clock fixed): {@code src/test/js/verify-with-digitalbazaar.mjs}
 * printed "verified" for {@code reference-credential.json} and {@code reference-status-list.json} and "Invalid
 * signature" for the same credential with the learner's name changed; {@code canonize-with-jsonld-js.mjs} wrote
 * {@code reference-credential.nq}. The tests below check that our issuer still produces exactly those bytes. When the
 * issuer's output changes on purpose, re-run both scripts (commands in their headers) and replace the fixtures.</li>
 * <li><b>Iron</b> (Java: iron-verifiable-credentials 0.14.0 with iron-eddsa-rdfc-2022) has its own proof handling,
 * did:key resolution (carbon-did) and canonicalisation (io.setl rdf-urdna 1.1); it shares titanium-json-ld and the JDK's
 * Ed25519 with us. It runs here on every build, but only on documents without blank nodes: rdf-urdna labels blank nodes
 * differently from RDFC-1.0 (Digital Bazaar's rdf-canonize and titanium-rdfc agree with each other and with the
 * specification's algorithm, see {@link #ourCanonicalFormIsTheReferenceImplementations}), so Iron rejects every valid
 * OpenBadgeCredential, ours included, whose subject has no id. Our status list credentials have none.</li>
 * <li>The W3C's published test vector ({@link EddsaRdfc2022Test}).</li>
 * </ul>
 */
class IndependentVerificationTest {

    private static final IssuerKey W3C_TEST_KEY = IssuerKey.parse("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");

    private final OpenBadgeIssuer issuer = new OpenBadgeIssuer(W3C_TEST_KEY,
            new IssuerProfile("医療機関サイバーセキュリティ研修 事務局", URI.create("https://lms.example.jp/")),
            Clock.fixed(SampleCertificates.ISSUED, ZoneOffset.UTC));

    @Test
    void theReferenceVerifierAcceptedExactlyTheCredentialOurIssuerProduces() {
        assertEquals(TestContexts.json("reference-credential.json"), issuer.issue(SampleCertificates.yamadaHanako(123)));
        assertEquals(TestContexts.json("reference-status-list.json"),
                issuer.issueStatusList(SampleCertificates.STATUS_LIST, BitstringStatusList.withRevoked(List.of(123))));
    }

    @Test
    void ourCanonicalFormIsTheReferenceImplementations() throws IOException {
        JsonObject unsigned = Json.createObjectBuilder(TestContexts.json("reference-credential.json")).remove("proof").build();
        String reference;
        try (InputStream in = getClass().getResourceAsStream("reference-credential.nq")) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Three blank nodes (subject, criteria, identity object) and Japanese literals: the cases where
        // canonicalisers have been seen to disagree.
        assertEquals(reference, new EddsaRdfc2022(BundledContextLoader.instance()).canonicalize(unsigned));
    }

    @Test
    void ironVerifiesOurStatusListCredential() {
        JsonObject list = issuer.issueStatusList(SampleCertificates.STATUS_LIST, BitstringStatusList.withRevoked(List.of(1, 2, 3)));
        assertDoesNotThrow(() -> iron().verify(list));
    }

    @Test
    void ironRejectsOurStatusListAlteredOrNamingAnotherKey() {
        JsonObject list = issuer.issueStatusList(SampleCertificates.STATUS_LIST, BitstringStatusList.withRevoked(List.of(123)));
        JsonObject cleared = OpenBadgeCredentialTest.replace(list, "/credentialSubject/encodedList",
                Json.createValue(BitstringStatusList.withRevoked(List.of()).encode()));
        assertThrows(VerificationError.class, () -> iron().verify(cleared));

        JsonObject otherKey = OpenBadgeCredentialTest.replace(list, "/proof/verificationMethod",
                Json.createValue(IssuerKey.generate().verificationMethod()));
        assertThrows(VerificationError.class, () -> iron().verify(otherKey));
    }

    @Test
    void ironVerifiesTheW3cTestVectorSignedByOurSuite() {
        // A document with an id on every node, signed by our suite with a fresh key: Iron must accept it.
        IssuerKey key = IssuerKey.generate();
        JsonObject unsigned = Json.createObjectBuilder(TestContexts.json("w3c-eddsa-rdfc-2022-signed.json"))
                .remove("proof").add("issuer", key.did()).build();
        JsonObject signed = new EddsaRdfc2022(TestContexts.withW3cExamples())
                .sign(unsigned, key, key.verificationMethod(), SampleCertificates.ISSUED);
        assertDoesNotThrow(() -> Verifier.with(new EdDSASignature2022()).loader(TestContexts.withW3cExamples())
                .useBundledContexts(false).verify(signed));
    }

    private static Verifier iron() {
        // Iron's bundled contexts are drafts, not the final VC 2.0 context we sign with, so it uses ours.
        return Verifier.with(new EdDSASignature2022()).loader(BundledContextLoader.instance()).useBundledContexts(false);
    }
}
