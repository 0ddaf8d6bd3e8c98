package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssuerKeyTest {

    // Written by `openssl genpkey -algorithm ed25519` for this test only; it signs nothing real. Its public key, from
    // `openssl pkey -pubout -outform DER | tail -c 32 | base64url`, is OPENSSL_PUBLIC_X.
    private static final String OPENSSL_PEM = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIHTQ1NPCfm6hz1jWmBbpknUxi0DuM9ge5Ngiwg96Zds/
            -----END PRIVATE KEY-----
            """;
    private static final String OPENSSL_PUBLIC_X = "jHTmldOCTxq5iwBKc1SSoB1UPH02QYIBU6lhQQSTSF8";

    @Test
    void anOpensslKeyGivesThePublicKeyOpensslDerives() {
        IssuerKey key = IssuerKey.parse(OPENSSL_PEM);
        assertEquals(OPENSSL_PUBLIC_X, key.jwks().getJsonArray("keys").getJsonObject(0).getString("x"));
        // The same key as one Base64 line, as PEM with escaped line breaks (an environment variable), and back.
        String oneLine = OPENSSL_PEM.lines().filter(l -> !l.startsWith("-----")).reduce("", String::concat);
        assertEquals(key.did(), IssuerKey.parse(oneLine).did());
        assertEquals(key.did(), IssuerKey.parse(OPENSSL_PEM.replace("\n", "\\n")).did());
        assertEquals(key.did(), IssuerKey.parse(key.toConfigValue()).did());
    }

    @Test
    void theMultikeyFormsAreTheW3cOnes() {
        IssuerKey key = IssuerKey.parse("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
        assertEquals("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", key.did());
        assertEquals("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                key.verificationMethod());
    }

    @Test
    void aBadKeyFailsWithAMessageThatDoesNotRepeatIt() {
        for (String bad : List.of("", "not-a-key!", "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----", Base64.getEncoder().encodeToString(new byte[48]))) {
            CredentialException e = assertThrows(CredentialException.class, () -> IssuerKey.parse(bad), bad);
            assertTrue(e.getMessage().contains(IssuerKey.CONFIG_SIGNING_KEY), e.getMessage());
            if (bad.length() > 8) {
                assertFalse(e.getMessage().contains(bad), "the message leaks the configured value");
            }
        }
        assertFalse(IssuerKey.generate().toString().contains(IssuerKey.generate().toConfigValue()));
    }

    @Test
    void fromConfigReadsTheSigningKeyPropertyAndSaysHowToMakeOneWhenItIsMissing() {
        IssuerKey key = IssuerKey.fromConfig(config(Map.of(IssuerKey.CONFIG_SIGNING_KEY, OPENSSL_PEM)));
        assertEquals(IssuerKey.parse(OPENSSL_PEM).did(), key.did());
        CredentialException e = assertThrows(CredentialException.class, () -> IssuerKey.fromConfig(config(Map.of())));
        assertTrue(e.getMessage().contains("openssl genpkey -algorithm ed25519"), e.getMessage());

        OpenBadgeIssuer issuer = OpenBadgeIssuer.fromConfig(config(Map.of(IssuerKey.CONFIG_SIGNING_KEY, OPENSSL_PEM,
                IssuerProfile.CONFIG_URL, "https://lms.example.jp/")));
        JsonObject profile = issuer.issue(SampleCertificates.yamadaHanako(1)).getJsonObject("issuer");
        assertEquals(IssuerProfile.DEFAULT_NAME, profile.getString("name"));
        assertEquals("https://lms.example.jp/", profile.getString("url"));
    }

    @Test
    void theJwksKeyVerifiesTheIssuersSignatures() throws Exception {
        IssuerKey key = IssuerKey.generate();
        JsonObject jwk = key.jwks().getJsonArray("keys").getJsonObject(0);
        assertEquals("OKP", jwk.getString("kty"));
        assertEquals("Ed25519", jwk.getString("crv"));
        assertEquals("EdDSA", jwk.getString("alg"));
        assertEquals(key.verificationMethod(), jwk.getString("kid"));
        byte[] message = "修了証".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(IssuerKey.publicKeyFromRaw(Base64.getUrlDecoder().decode(jwk.getString("x"))));
        verifier.update(message);
        assertTrue(verifier.verify(key.sign(message)));
    }

    @Test
    void didWebNamesFollowTheSiteUrl() {
        assertEquals("did:web:lms.example.jp", IssuerKey.didWeb(URI.create("https://lms.example.jp/")));
        assertEquals("did:web:lms.example.jp%3A8443:training:lms", IssuerKey.didWeb(URI.create("https://LMS.example.jp:8443/training/lms")));
        assertThrows(CredentialException.class, () -> IssuerKey.didWeb(URI.create("http://lms.example.jp/")));
    }

    @Test
    void theDidDocumentsListTheKeyForAssertionsAndAreValidJsonLdOffline() throws Exception {
        IssuerKey key = IssuerKey.generate();
        JsonObject web = key.didWebDocument(URI.create("https://lms.example.jp/"));
        assertEquals("did:web:lms.example.jp", web.getString("id"));
        assertEquals(key.did(), web.getJsonArray("alsoKnownAs").getString(0));
        JsonObject method = web.getJsonArray("verificationMethod").getJsonObject(0);
        assertEquals("did:web:lms.example.jp#" + key.publicKeyMultibase(), method.getString("id"));
        assertEquals("Multikey", method.getString("type"));
        assertEquals(key.publicKeyMultibase(), method.getString("publicKeyMultibase"));
        assertEquals(method.getString("id"), web.getJsonArray("assertionMethod").getString(0));

        JsonObject didKey = key.didKeyDocument();
        assertEquals(key.did(), didKey.getString("id"));
        assertEquals(key.verificationMethod(), didKey.getJsonArray("assertionMethod").getString(0));

        // Every term is defined by the bundled DID and Multikey contexts (expansion in safe mode, no network).
        JsonLdOptions options = new JsonLdOptions(BundledContextLoader.instance());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        for (JsonObject document : List.of(web, didKey)) {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
            assertFalse(expanded.isEmpty());
        }
    }

    @Test
    void aDidKeyFragmentMustRepeatItsKey() {
        IssuerKey a = IssuerKey.generate();
        IssuerKey b = IssuerKey.generate();
        assertEquals(a.publicKey(), IssuerKey.publicKeyOfDidKey(a.verificationMethod()));
        assertThrows(CredentialException.class, () -> IssuerKey.publicKeyOfDidKey(a.did() + "#" + b.publicKeyMultibase()));
        assertThrows(CredentialException.class, () -> IssuerKey.publicKeyOfDidKey("did:web:lms.example.jp#key-1"));
    }

    /** A MicroProfile Config over a map: the tests run without a Config implementation on the class path. */
    static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                return Optional.ofNullable(values.get(name)).map(type::cast);
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                return List.of();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> type) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
