package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The Data Integrity cryptosuite {@code eddsa-rdfc-2022} (W3C "Data Integrity EdDSA Cryptosuites v1.0", section 3.3):
 * the credential and the proof options are each turned into RDF (titanium-json-ld), canonicalised with RDFC-1.0
 * (titanium-rdfc) and hashed with SHA-256; Ed25519 (JDK) signs the proof hash followed by the document hash.
 *
 * <p>Both conversions run in "safe mode": a property that no context defines fails instead of silently dropping out of
 * what is signed, so nothing a reader sees in the JSON is left unsigned.
 */
final class EddsaRdfc2022 {

    static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    static final String PROOF_TYPE = "DataIntegrityProof";
    static final String PROOF_PURPOSE = "assertionMethod";

    // Canonicalising a hostile document (many interlinked blank nodes) can take exponential time; a credential of ours
    // takes milliseconds, so a generous bound costs nothing and stops a verification request from pinning a CPU.
    private static final long CANONICALISATION_LIMIT_MILLIS = 5_000;
    private static final Duration JSON_LD_TIMEOUT = Duration.ofSeconds(5);

    private final DocumentLoader loader;

    EddsaRdfc2022(DocumentLoader loader) {
        this.loader = loader;
    }

    /** The document with a {@code proof} added, made by {@code key} and naming {@code verificationMethod}. */
    JsonObject sign(JsonObject unsecured, IssuerKey key, String verificationMethod, Instant created) {
        if (unsecured.containsKey("proof")) {
            throw new CredentialException("The document already has a proof; this issuer adds exactly one");
        }
        JsonObject proofOptions = Json.createObjectBuilder()
                .add("type", PROOF_TYPE)
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", xsdDateTime(created))
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", PROOF_PURPOSE)
                .build();
        byte[] signature = key.sign(hashData(unsecured, proofOptions));
        JsonObject proof = Json.createObjectBuilder(proofOptions)
                .add("proofValue", Multibase.BASE_58_BTC.encode(signature))
                .build();
        return Json.createObjectBuilder(unsecured).add("proof", proof).build();
    }

    /**
     * Checks the proof of {@code secured} against {@code key}. Returns the problem, or empty when the proof holds. The
     * caller decides which key to trust (see {@link #verificationMethod}).
     */
    Optional<String> verify(JsonObject secured, PublicKey key) {
        JsonValue proofValue = secured.get("proof");
        if (proofValue == null || proofValue.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.of("The credential has no proof, or more than one");
        }
        JsonObject proof = proofValue.asJsonObject();
        if (!PROOF_TYPE.equals(proof.getString("type", null)) || !CRYPTOSUITE.equals(proof.getString("cryptosuite", null))) {
            return Optional.of("The proof is not a DataIntegrityProof of cryptosuite " + CRYPTOSUITE);
        }
        if (!PROOF_PURPOSE.equals(proof.getString("proofPurpose", null))) {
            return Optional.of("The proof purpose is not assertionMethod");
        }
        String encoded = proof.getString("proofValue", "");
        byte[] signature;
        try {
            signature = Multibase.BASE_58_BTC.isEncoded(encoded) ? Multibase.BASE_58_BTC.decode(encoded) : null;
        } catch (IllegalArgumentException e) {
            signature = null;
        }
        if (signature == null || signature.length != 64) {
            return Optional.of("The proof value is not a base58btc Ed25519 signature");
        }
        JsonObjectBuilder unsecured = Json.createObjectBuilder(secured).remove("proof");
        JsonObjectBuilder options = Json.createObjectBuilder(proof).remove("proofValue");
        byte[] hashData;
        try {
            hashData = hashData(unsecured.build(), options.build());
        } catch (CredentialException e) {
            return Optional.of(e.getMessage());
        }
        return IssuerKey.verify(key, hashData, signature) ? Optional.empty()
                : Optional.of("The signature does not match the credential: it was changed after signing, or signed with another key");
    }

    /** The {@code verificationMethod} a proof names, if any. */
    static Optional<String> verificationMethod(JsonObject secured) {
        JsonValue proof = secured.get("proof");
        if (proof == null || proof.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        return Optional.ofNullable(proof.asJsonObject().getString("verificationMethod", null));
    }

    /** SHA-256(canonical proof options) followed by SHA-256(canonical document), as the cryptosuite defines. */
    byte[] hashData(JsonObject unsecured, JsonObject proofOptions) {
        JsonValue context = unsecured.get("@context");
        if (context == null) {
            throw new CredentialException("The document has no @context");
        }
        // The proof options are interpreted with the document's own contexts (spec: proofConfig.@context).
        JsonObject proofConfig = Json.createObjectBuilder(proofOptions).add("@context", context).build();
        byte[] proofHash = sha256(canonicalize(proofConfig));
        byte[] documentHash = sha256(canonicalize(unsecured));
        byte[] hashData = new byte[64];
        System.arraycopy(proofHash, 0, hashData, 0, 32);
        System.arraycopy(documentHash, 0, hashData, 32, 32);
        return hashData;
    }

    /** The document as canonical N-Quads (RDFC-1.0 with SHA-256). */
    String canonicalize(JsonObject document) {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        options.setTimeout(JSON_LD_TIMEOUT);
        RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(CANONICALISATION_LIMIT_MILLIS));
        try {
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            StringWriter nquads = new StringWriter();
            canon.provide(new NQuadsWriter(nquads));
            return nquads.toString();
        } catch (JsonLdError e) {
            throw new CredentialException("The document is not valid JSON-LD with the bundled contexts: " + messages(e), e);
        } catch (RdfConsumerException | IllegalStateException e) {
            throw new CredentialException("The document could not be canonicalised: " + e.getMessage(), e);
        }
    }

    /** XML Schema dateTime in UTC to the second, the form VC examples and test vectors use. */
    static String xsdDateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The messages of an exception and its causes: titanium wraps the loader's explanation in a generic one. */
    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
