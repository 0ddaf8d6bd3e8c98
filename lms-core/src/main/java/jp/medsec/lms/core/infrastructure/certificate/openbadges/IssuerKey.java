package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import com.apicatalog.multibase.Multibase;
import com.apicatalog.multicodec.Multicodec;
import com.apicatalog.multicodec.codec.KeyCodec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * The issuer's Ed25519 signing key and every public form of it: the {@code did:key} that credentials name as issuer and
 * verification method, a {@code did:web} document and a JWKS for the web layer to publish.
 *
 * <h2>Configuration</h2>
 * The key comes from the MicroProfile Config property {@value #CONFIG_SIGNING_KEY} (environment variable
 * {@code LMS_CREDENTIALS_SIGNING_KEY}, or a file of that name in a {@code VARIABLE_SOURCE_DIRS} folder). Accepted forms:
 * <ul>
 * <li>PKCS#8 as PEM ({@code -----BEGIN PRIVATE KEY-----}), as written by
 * {@code openssl genpkey -algorithm ed25519 -out lms.credentials.signing-key}; line breaks may be real or written as
 * {@code \n};</li>
 * <li>the same PKCS#8 DER as one line of Base64, handy for an environment variable:
 * {@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0};</li>
 * <li>a Multikey private key in multibase ({@code z3u2...}, multicodec ed25519-priv), the form of the W3C test
 * vectors.</li>
 * </ul>
 * Keep the key: every credential signed with it names its {@code did:key}, so a new key means a new issuer DID (list the
 * old one in {@value OpenBadgeIssuer#CONFIG_TRUSTED_ISSUERS} so old credentials still verify).
 */
public final class IssuerKey {

    public static final String CONFIG_SIGNING_KEY = "lms.credentials.signing-key";

    // DER headers of RFC 8410 keys; the 32 key bytes follow them.
    private static final byte[] SPKI_PREFIX = hex("302a300506032b6570032100");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final byte[] rawPublicKey;

    private IssuerKey(byte[] seed) {
        KeyPair pair = derive(seed);
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.rawPublicKey = rawPublicKey(publicKey);
    }

    /** A fresh random key, for tests and for tooling that prints one to configure. */
    public static IssuerKey generate() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return new IssuerKey(seed);
    }

    /** The key in {@value #CONFIG_SIGNING_KEY}; fails with a message saying what to configure when it is missing. */
    public static IssuerKey fromConfig(Config config) {
        String value = config.getOptionalValue(CONFIG_SIGNING_KEY, String.class).orElseThrow(() -> new CredentialException(
                CONFIG_SIGNING_KEY + " is not configured: no certificate credential can be signed. Generate a key with "
                        + "`openssl genpkey -algorithm ed25519 -outform DER | base64 -w0` and set it as LMS_CREDENTIALS_SIGNING_KEY"));
        return parse(value);
    }

    /**
     * Reads a key in one of the configured forms (see the class description). The message of a failure never contains
     * the value, which is a secret.
     */
    public static IssuerKey parse(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new CredentialException(CONFIG_SIGNING_KEY + " is empty");
        }
        String value = configured.strip().replace("\\n", "\n");
        try {
            if (value.startsWith("-----BEGIN")) {
                if (!value.startsWith("-----BEGIN PRIVATE KEY-----")) {
                    throw new CredentialException(CONFIG_SIGNING_KEY + " holds a PEM block that is not an unencrypted "
                            + "PKCS#8 PRIVATE KEY (write one with `openssl genpkey -algorithm ed25519`)");
                }
                String body = value.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                return fromPkcs8(Base64.getDecoder().decode(body));
            }
            if (value.startsWith("z")) {
                byte[] decoded = Multibase.BASE_58_BTC.decode(value);
                Multicodec codec = KeyCodec.ED25519_PRIVATE_KEY;
                if (!codec.isEncoded(decoded) || codec.decode(decoded).length != 32) {
                    throw new CredentialException(CONFIG_SIGNING_KEY + " is multibase but not an Ed25519 Multikey private key");
                }
                return new IssuerKey(codec.decode(decoded));
            }
            return fromPkcs8(Base64.getMimeDecoder().decode(value.replace('-', '+').replace('_', '/')));
        } catch (IllegalArgumentException e) {
            throw new CredentialException(CONFIG_SIGNING_KEY + " is neither PEM, Base64 PKCS#8 nor a multibase Multikey", e);
        }
    }

    private static IssuerKey fromPkcs8(byte[] der) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow(
                    () -> new CredentialException(CONFIG_SIGNING_KEY + " holds an Ed25519 key without its private bytes"));
            return new IssuerKey(seed);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new CredentialException(CONFIG_SIGNING_KEY + " is not an Ed25519 PKCS#8 private key", e);
        }
    }

    /** The public key as multibase Multikey, {@code z6Mk...}. */
    public String publicKeyMultibase() {
        return Multibase.BASE_58_BTC.encode(KeyCodec.ED25519_PUBLIC_KEY.encode(rawPublicKey));
    }

    /** The issuer DID, {@code did:key:z6Mk...}: it carries the public key itself, so anyone can verify offline. */
    public String did() {
        return "did:key:" + publicKeyMultibase();
    }

    /** The verification method that proofs name, {@code did:key:z6Mk...#z6Mk...}. */
    public String verificationMethod() {
        return did() + "#" + publicKeyMultibase();
    }

    /** The DID document a resolver derives from {@link #did()} (did:key method, Multikey form). */
    public JsonObject didKeyDocument() {
        return didDocument(did(), verificationMethod(), null);
    }

    /**
     * The DID document of {@code did:web} for the LMS site, for the web layer to serve at
     * {@code /.well-known/did.json} (or {@code <path>/did.json} when the site lives under a path). It lists the same
     * key and names the did:key as {@code alsoKnownAs}, so either DID leads to the one key.
     */
    public JsonObject didWebDocument(URI siteUrl) {
        String did = didWeb(siteUrl);
        return didDocument(did, did + "#" + publicKeyMultibase(), did());
    }

    /** {@code did:web} for a site URL: {@code https://lms.example.jp:8443/lms} gives {@code did:web:lms.example.jp%3A8443:lms}. */
    public static String didWeb(URI siteUrl) {
        if (siteUrl == null || !"https".equalsIgnoreCase(siteUrl.getScheme()) || siteUrl.getHost() == null) {
            throw new CredentialException("did:web needs an https site URL, not " + siteUrl);
        }
        StringBuilder did = new StringBuilder("did:web:").append(siteUrl.getHost().toLowerCase(Locale.ROOT));
        if (siteUrl.getPort() != -1) {
            did.append("%3A").append(siteUrl.getPort());
        }
        String path = siteUrl.getRawPath();
        if (path != null) {
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) {
                    did.append(':').append(segment);
                }
            }
        }
        return did.toString();
    }

    /** The public key as a JSON Web Key Set (RFC 8037 OKP, Ed25519); {@code kid} is the did:key verification method. */
    public JsonObject jwks() {
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "OKP")
                .add("crv", "Ed25519")
                .add("x", BASE64URL.encodeToString(rawPublicKey))
                .add("kid", verificationMethod())
                .add("use", "sig")
                .add("alg", "EdDSA"))).build();
    }

    /** The private key as one line of Base64 PKCS#8 DER, the form {@value #CONFIG_SIGNING_KEY} accepts. */
    public String toConfigValue() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    PublicKey publicKey() {
        return publicKey;
    }

    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new CredentialException("Ed25519 signing failed", e);
        }
    }

    /**
     * The public key named by a {@code did:key} DID or verification method. The fragment, when present, must repeat the
     * key: otherwise one DID could claim another key's signatures.
     */
    static PublicKey publicKeyOfDidKey(String didOrMethod) {
        if (didOrMethod == null || !didOrMethod.startsWith("did:key:z")) {
            throw new CredentialException("Not an Ed25519 did:key: " + didOrMethod);
        }
        String rest = didOrMethod.substring("did:key:".length());
        int hash = rest.indexOf('#');
        String multibase = hash < 0 ? rest : rest.substring(0, hash);
        if (hash >= 0 && !rest.substring(hash + 1).equals(multibase)) {
            throw new CredentialException("The did:key fragment does not repeat its key: " + didOrMethod);
        }
        try {
            byte[] decoded = Multibase.BASE_58_BTC.decode(multibase);
            if (!KeyCodec.ED25519_PUBLIC_KEY.isEncoded(decoded) || KeyCodec.ED25519_PUBLIC_KEY.decode(decoded).length != 32) {
                throw new CredentialException("The did:key is not an Ed25519 public key: " + didOrMethod);
            }
            return publicKeyFromRaw(KeyCodec.ED25519_PUBLIC_KEY.decode(decoded));
        } catch (IllegalArgumentException e) {
            throw new CredentialException("The did:key is not valid base58btc: " + didOrMethod, e);
        }
    }

    static PublicKey publicKeyFromRaw(byte[] raw) {
        try {
            byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + raw.length);
            System.arraycopy(raw, 0, der, SPKI_PREFIX.length, raw.length);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new CredentialException("Not an Ed25519 public key", e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private JsonObject didDocument(String did, String methodId, String alsoKnownAs) {
        var builder = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContextLoader.DID_V1).add(BundledContextLoader.MULTIKEY_V1))
                .add("id", did);
        if (alsoKnownAs != null) {
            builder.add("alsoKnownAs", Json.createArrayBuilder().add(alsoKnownAs));
        }
        return builder
                .add("verificationMethod", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", methodId)
                        .add("type", "Multikey")
                        .add("controller", did)
                        .add("publicKeyMultibase", publicKeyMultibase())))
                .add("authentication", Json.createArrayBuilder().add(methodId))
                .add("assertionMethod", Json.createArrayBuilder().add(methodId))
                .add("capabilityDelegation", Json.createArrayBuilder().add(methodId))
                .add("capabilityInvocation", Json.createArrayBuilder().add(methodId))
                .build();
    }

    /**
     * The JDK (17) cannot compute an Ed25519 public key from a private key directly, but its key pair generator derives
     * the pair from exactly 32 random bytes. Feeding it the stored seed gives the JDK's own derivation; the result is
     * checked (same private bytes, and a probe signature that verifies) so a JDK that drew its randomness differently
     * fails here, at start-up, instead of signing credentials nobody can verify.
     */
    private static KeyPair derive(byte[] seed) {
        if (seed.length != 32) {
            throw new CredentialException("An Ed25519 private key has 32 bytes, not " + seed.length);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] derivedSeed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            byte[] probe = "lms key self-check".getBytes(StandardCharsets.US_ASCII);
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(pair.getPrivate());
            signature.update(probe);
            if (!Arrays.equals(seed, derivedSeed) || !verify(pair.getPublic(), probe, signature.sign())) {
                throw new CredentialException("This JDK did not derive the Ed25519 key pair from the configured key");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new CredentialException("Ed25519 is not available in this JDK", e);
        }
    }

    private static byte[] rawPublicKey(PublicKey key) {
        byte[] der = key.getEncoded();
        if (der.length != SPKI_PREFIX.length + 32 || !Arrays.equals(Arrays.copyOf(der, SPKI_PREFIX.length), SPKI_PREFIX)) {
            throw new CredentialException("Unexpected Ed25519 public key encoding");
        }
        return Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length);
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    /** Hands the key pair generator the stored seed instead of fresh randomness; see {@link #derive}. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }

    @Override
    public String toString() {
        // Never the private key: this object ends up in logs and debuggers.
        return "IssuerKey[" + did() + "]";
    }
}
