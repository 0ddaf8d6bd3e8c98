package jp.medsec.lms.web.rest.certificates;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.BundledContextLoader;
import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Https;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issuer's did:web document as a third party uses it: resolve {@code did:web:localhost%3A<port>} by fetching
 * {@code https://localhost:<port>/.well-known/did.json}, take the Ed25519 key out of it with code of this test (base58btc
 * and the multicodec prefix decoded here, not by the LMS), and check a credential the server issued against it: the
 * real one verifies, a tampered copy does not. The credential's canonical form comes from titanium (the JSON-LD and
 * RDFC libraries), the hashing and the signature check are the JDK's.
 */
class DidWebIT {

    @Test
    void theDidDocumentCarriesTheKeyThatSignsTheCredentials() throws Exception {
        Reply reply = new HttpSession().getHttps("/.well-known/did.json");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/did+json"), reply.contentType());
        assertTrue(reply.header("Cache-Control").contains("max-age="), "cacheable: " + reply.header("Cache-Control"));
        assertFalse(reply.header("Cache-Control").contains("no-store"));
        assertEquals("*", reply.header("Access-Control-Allow-Origin"), "verifiers in a browser may read it");

        JsonObject document = reply.json();
        String expectedDid = "did:web:localhost%3A" + URI.create(Https.BASE).getPort();
        assertEquals(expectedDid, document.getString("id"), "the DID that resolves to this address");
        JsonObject method = document.getJsonArray("verificationMethod").getJsonObject(0);
        assertEquals("Multikey", method.getString("type"));
        assertEquals(expectedDid, method.getString("controller"));
        assertTrue(document.getJsonArray("assertionMethod").getString(0).equals(method.getString("id")),
                "the key may assert credentials");
        PublicKey fromDidWeb = ed25519FromMultikey(method.getString("publicKeyMultibase"));

        // The same key as the JWKS the API publishes (another encoding, decoded independently).
        String x = new HttpSession().get("/api/credentials/issuer").json().getJsonObject("jwks").getJsonArray("keys")
                .getJsonObject(0).getString("x");
        assertArrayEquals(Base64.getUrlDecoder().decode(x), raw(fromDidWeb));

        // A real credential, issued on completion, verifies with the key from did.json.
        Courses.OnePage course = Courses.onePage("did:web 確認講座");
        HttpSession learner = new HttpSession();
        learner.registerLearner("検証 花子");
        Courses.complete(learner, course);
        String certificateId = learner.get("/api/me/certificates").array().getJsonObject(0).getString("id");
        Reply download = learner.get("/api/me/certificates/" + certificateId + "/credential");
        assertEquals(200, download.status(), download.toString());
        JsonObject credential = download.json();
        assertEquals(document.getJsonArray("alsoKnownAs").getString(0), issuerId(credential),
                "the credential's issuer is the DID the document names as the same key");
        assertTrue(verify(credential, fromDidWeb), "the server's credential verifies with the did:web key");

        // Tampered: another holder, or a later expiry, and the signature no longer holds.
        JsonObject anotherHolder = Json.createObjectBuilder(credential).add("credentialSubject",
                Json.createObjectBuilder(credential.getJsonObject("credentialSubject")).add("name", "別人 太郎")).build();
        assertFalse(verify(anotherHolder, fromDidWeb), "a credential with another holder's name fails");
        String validUntil = credential.getString("validUntil", null);
        if (validUntil != null) {
            assertFalse(verify(Json.createObjectBuilder(credential).add("validUntil", "2099-12-31T23:59:59Z").build(), fromDidWeb),
                    "a later expiry fails");
        }
    }

    @Test
    void overPlainHttpThereIsNoDidDocumentAndTheProblemSaysWhy() {
        Reply reply = new HttpSession().get("/.well-known/did.json");
        assertEquals(404, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals("/problems/did-web.https-required", reply.json().getString("type"));
    }

    private static String issuerId(JsonObject credential) {
        var issuer = credential.get("issuer");
        return issuer.getValueType() == jakarta.json.JsonValue.ValueType.STRING ? credential.getString("issuer")
                : credential.getJsonObject("issuer").getString("id");
    }

    // ---- a verifier's own code ------------------------------------------------------------------------------------

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow. */
    private static final byte[] SPKI = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    static byte[] base58btc(String multibase) {
        assertEquals('z', multibase.charAt(0), "multibase base58btc starts with z");
        BigInteger n = BigInteger.ZERO;
        for (char ch : multibase.substring(1).toCharArray()) {
            int digit = BASE58.indexOf(ch);
            assertTrue(digit >= 0, "base58 digit " + ch);
            n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] bytes = n.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        int zeros = 0;
        while (zeros < multibase.length() - 1 && multibase.charAt(1 + zeros) == '1') {
            zeros++;
        }
        byte[] out = new byte[zeros + bytes.length];
        System.arraycopy(bytes, 0, out, zeros, bytes.length);
        return out;
    }

    /** Multikey: base58btc of the multicodec ed25519-pub prefix (0xed 0x01) and the 32 key bytes. */
    static PublicKey ed25519FromMultikey(String multibase) throws Exception {
        byte[] decoded = base58btc(multibase);
        assertEquals(34, decoded.length, "prefix and 32 key bytes");
        assertEquals((byte) 0xed, decoded[0]);
        assertEquals((byte) 0x01, decoded[1]);
        byte[] der = Arrays.copyOf(SPKI, SPKI.length + 32);
        System.arraycopy(decoded, 2, der, SPKI.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    private static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    /**
     * eddsa-rdfc-2022 (W3C Data Integrity EdDSA Cryptosuites, 3.3.2-3.3.4): the proof options (with the document's
     * context) and the document without its proof, each canonicalised and hashed with SHA-256; the signature (the
     * proofValue, base58btc) covers the proof hash followed by the document hash.
     */
    static boolean verify(JsonObject credential, PublicKey key) throws Exception {
        JsonObject proof = credential.getJsonObject("proof");
        assertEquals("eddsa-rdfc-2022", proof.getString("cryptosuite"));
        byte[] signature = base58btc(proof.getString("proofValue"));
        JsonObject options = Json.createObjectBuilder(proof).remove("proofValue").add("@context", credential.get("@context")).build();
        JsonObject unsecured = Json.createObjectBuilder(credential).remove("proof").build();
        byte[] data = new byte[64];
        System.arraycopy(sha256(canonical(options)), 0, data, 0, 32);
        System.arraycopy(sha256(canonical(unsecured)), 0, data, 32, 32);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(data);
        return ed25519.verify(signature);
    }

    private static String canonical(JsonObject document) throws Exception {
        RdfCanon canon = RdfCanon.create("SHA-256");
        JsonLd.toRdf(JsonDocument.of(document)).options(new JsonLdOptions(BundledContextLoader.instance())).provide(canon);
        StringWriter nquads = new StringWriter();
        canon.provide(new NQuadsWriter(nquads));
        return nquads.toString();
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
