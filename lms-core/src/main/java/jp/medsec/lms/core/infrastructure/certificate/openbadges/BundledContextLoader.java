package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * Serves the JSON-LD contexts our credentials use from copies bundled in this jar, and refuses every other URL without
 * touching the network. A signature over JSON-LD covers the meaning the contexts give to each term, so a context
 * fetched at verification time could change what was signed; and the hospitals that verify certificates often have no
 * direct internet access. The copies, their sources and digests are listed in {@code contexts/README.md}.
 */
public final class BundledContextLoader implements DocumentLoader {

    /** The W3C Verifiable Credentials Data Model 2.0 base context (it also defines DataIntegrityProof and BitstringStatusList). */
    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    /** The Open Badges 3.0 context, version 3.0.3. */
    public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";
    public static final String DID_V1 = "https://www.w3.org/ns/did/v1";

    private static final Map<String, String> RESOURCES = Map.of(
            CREDENTIALS_V2, "contexts/credentials-v2.jsonld",
            OPEN_BADGES_V3, "contexts/ob-v3p0-context-3.0.3.json",
            DATA_INTEGRITY_V2, "contexts/data-integrity-v2.jsonld",
            MULTIKEY_V1, "contexts/multikey-v1.jsonld",
            DID_V1, "contexts/did-v1.jsonld");

    private static final BundledContextLoader INSTANCE = new BundledContextLoader();

    private final Map<String, JsonDocument> documents;

    private BundledContextLoader() {
        // Parsed once: the contexts are immutable and parsing them for every signature would dominate the cost.
        this.documents = RESOURCES.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> parse(e.getKey(), e.getValue())));
    }

    public static BundledContextLoader instance() {
        return INSTANCE;
    }

    /** Whether {@code url} is one of the bundled contexts. */
    public static boolean isBundled(String url) {
        return RESOURCES.containsKey(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonDocument document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "The JSON-LD document " + url
                    + " is not bundled with the LMS and is not fetched from the network; bundled: " + RESOURCES.keySet());
        }
        return document;
    }

    private static JsonDocument parse(String url, String resource) {
        try (InputStream in = BundledContextLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled JSON-LD context missing from the jar: " + resource);
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException("Cannot read the bundled JSON-LD context " + resource, e);
        }
    }
}
