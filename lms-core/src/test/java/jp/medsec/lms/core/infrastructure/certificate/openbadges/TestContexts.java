package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** Test helpers: JSON resources beside the tests, and a loader that adds the W3C examples context to the bundled ones. */
final class TestContexts {

    static final String EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2";

    private TestContexts() {
    }

    /** The bundled contexts plus the examples context the W3C test vectors use (never served in production). */
    static DocumentLoader withW3cExamples() {
        return (url, options) -> {
            if (EXAMPLES_V2.equals(url.toString())) {
                try (InputStream in = resource("credentials-examples-v2.jsonld")) {
                    JsonDocument document = JsonDocument.of(in);
                    document.setDocumentUrl(URI.create(EXAMPLES_V2));
                    return document;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return BundledContextLoader.instance().loadDocument(url, options);
        };
    }

    static JsonObject json(String name) {
        try (InputStream in = resource(name); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TestContexts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing test resource " + name);
        }
        return in;
    }

}
