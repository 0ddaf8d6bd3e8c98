package jp.medsec.lms.web.rest.certificates;

import jp.medsec.lms.core.infrastructure.certificate.openbadges.IssuerKey;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Where and when the did:web document is served. The test servers always have a key, so the cases without one (and
 * the site under a path) are checked here; DidWebIT checks the served document over https.
 */
class DidWebDocumentTest {

    private static final IssuerKey KEY = IssuerKey.generate();

    @Test
    void aSiteAtTheRootPublishesAtTheWellKnownAddressWithTheSigningKey() {
        var published = assertInstanceOf(DidWebDocument.Published.class,
                DidWebDocument.decide(Optional.of(KEY), URI.create("https://lms.example.jp"), "/.well-known/did.json"));
        assertEquals("did:web:lms.example.jp", published.did());
        assertEquals("did:web:lms.example.jp", published.document().getString("id"));
        assertEquals(KEY.publicKeyMultibase(), published.document().getJsonArray("verificationMethod").getJsonObject(0)
                .getString("publicKeyMultibase"));
        assertEquals(KEY.did(), published.document().getJsonArray("alsoKnownAs").getString(0));
        assertEquals(new DidWebDocument.Refused(404, "request.not-found"),
                DidWebDocument.decide(Optional.of(KEY), URI.create("https://lms.example.jp/"), "/did.json"),
                "a root site's DID does not point at /did.json");
    }

    @Test
    void aSiteUnderAPathPublishesBesideItAsDidWebResolvesIt() {
        var published = assertInstanceOf(DidWebDocument.Published.class,
                DidWebDocument.decide(Optional.of(KEY), URI.create("https://example.jp:8443/lms"), "/did.json"));
        assertEquals("did:web:example.jp%3A8443:lms", published.did());
        assertEquals(new DidWebDocument.Refused(404, "request.not-found"),
                DidWebDocument.decide(Optional.of(KEY), URI.create("https://example.jp:8443/lms"), "/.well-known/did.json"));
    }

    @Test
    void withoutAKeyOrOverPlainHttpThereIsNoDocumentAndTheProblemSaysWhy() {
        assertEquals(new DidWebDocument.Refused(404, "did-web.not-configured"),
                DidWebDocument.decide(Optional.empty(), URI.create("https://lms.example.jp"), "/.well-known/did.json"));
        assertEquals(new DidWebDocument.Refused(404, "did-web.https-required"),
                DidWebDocument.decide(Optional.of(KEY), URI.create("http://localhost:9080"), "/.well-known/did.json"));
    }
}
