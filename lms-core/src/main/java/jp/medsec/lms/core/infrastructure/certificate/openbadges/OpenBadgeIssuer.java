package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Issues signed Open Badges 3.0 credentials for completion certificates, and the signed status list credentials that
 * revoke them. Thread-safe; build one at start-up ({@link #fromConfig}) and keep it.
 *
 * <p>A credential looks like this (values shortened):
 * <pre>{@code
 * {
 *   "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
 *   "id": "https://lms.example.jp/verify/EXE-2026-000123",
 *   "type": ["VerifiableCredential", "OpenBadgeCredential"],
 *   "name": "修了証 EXE-2026-000123",
 *   "description": "...",
 *   "issuer": {"id": "did:key:z6Mk...", "type": ["Profile"], "name": "医療機関サイバーセキュリティ研修", "url": "https://lms.example.jp/"},
 *   "validFrom": "2026-04-01T00:00:00Z", "validUntil": "2029-03-31T15:00:00Z", "awardedDate": "2026-04-01T00:00:00Z",
 *   "credentialSubject": {
 *     "type": ["AchievementSubject"], "name": "山田 花子",
 *     "identifier": [{"type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": "山田 花子"}],
 *     "achievement": {"id": "https://lms.example.jp/achievements/exec", "type": ["Achievement"],
 *       "achievementType": "CertificateOfCompletion", "name": "...", "description": "...",
 *       "criteria": {"narrative": "..."}, "tag": ["経営者向け"]}
 *   },
 *   "credentialStatus": {"id": "https://lms.example.jp/status/1#123", "type": "BitstringStatusListEntry",
 *     "statusPurpose": "revocation", "statusListIndex": "123", "statusListCredential": "https://lms.example.jp/status/1"},
 *   "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "created": "...",
 *     "verificationMethod": "did:key:z6Mk...#z6Mk...", "proofPurpose": "assertionMethod", "proofValue": "z..."}
 * }
 * }</pre>
 * The learner is named both as {@code credentialSubject.name} (what wallets show) and as an unhashed
 * {@code IdentityObject} of type {@code name}, the way Open Badges 3.0 identifies a recipient who has no DID.
 */
public final class OpenBadgeIssuer {

    /** Further issuer DIDs whose credentials still count as ours, comma-separated (keys used before a rotation). */
    public static final String CONFIG_TRUSTED_ISSUERS = "lms.credentials.trusted-issuers";

    private final IssuerKey key;
    private final IssuerProfile profile;
    private final Clock clock;
    private final EddsaRdfc2022 suite = new EddsaRdfc2022(BundledContextLoader.instance());

    public OpenBadgeIssuer(IssuerKey key, IssuerProfile profile, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The issuer as configured: key from {@value IssuerKey#CONFIG_SIGNING_KEY}, name from
     * {@value IssuerProfile#CONFIG_NAME} (default {@value IssuerProfile#DEFAULT_NAME}), web site from
     * {@value IssuerProfile#CONFIG_URL} (optional).
     */
    public static OpenBadgeIssuer fromConfig(Config config) {
        IssuerProfile profile = new IssuerProfile(
                config.getOptionalValue(IssuerProfile.CONFIG_NAME, String.class).orElse(IssuerProfile.DEFAULT_NAME),
                config.getOptionalValue(IssuerProfile.CONFIG_URL, String.class).map(URI::create).orElse(null));
        return new OpenBadgeIssuer(IssuerKey.fromConfig(config), profile, Clock.systemUTC());
    }

    public IssuerKey key() {
        return key;
    }

    /** The signed {@code OpenBadgeCredential} for one certificate. */
    public JsonObject issue(CredentialSubjectData data) {
        Objects.requireNonNull(data, "data");
        JsonObjectBuilder achievement = Json.createObjectBuilder()
                .add("id", data.achievementId().toString())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", "CertificateOfCompletion")
                .add("name", data.courseTitle())
                .add("description", data.courseDescription())
                .add("criteria", Json.createObjectBuilder().add("narrative", data.criteriaNarrative()))
                .add("tag", Json.createArrayBuilder().add(data.trackName()));
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("name", data.learnerName())
                .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "IdentityObject")
                        .add("identityType", "name")
                        .add("hashed", false)
                        .add("identityHash", data.learnerName())))
                .add("achievement", achievement);
        StatusListIndex status = data.revocation();
        JsonObjectBuilder credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder()
                        .add(BundledContextLoader.CREDENTIALS_V2)
                        .add(BundledContextLoader.OPEN_BADGES_V3))
                .add("id", data.verificationUrl().toString())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", "修了証 " + data.certificateNumber())
                .add("description", "「" + data.courseTitle() + "」（" + data.trackName() + "）の修了を証明します。証明書番号 "
                        + data.certificateNumber() + "。")
                .add("issuer", profile())
                .add("validFrom", EddsaRdfc2022.xsdDateTime(data.validFrom()))
                .add("awardedDate", EddsaRdfc2022.xsdDateTime(data.issuedAt()))
                .add("credentialSubject", subject)
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", status.statusListCredential() + "#" + status.index())
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "revocation")
                        // A string, as the Bitstring Status List specification defines statusListIndex.
                        .add("statusListIndex", Integer.toString(status.index()))
                        .add("statusListCredential", status.statusListCredential().toString()));
        data.optionalValidUntil().ifPresent(until -> credential.add("validUntil", EddsaRdfc2022.xsdDateTime(until)));
        return sign(credential.build());
    }

    /**
     * The signed {@code BitstringStatusListCredential} to serve at {@code id} (revocation purpose). Sign a new one each
     * time a certificate is revoked; verifiers check its signature and its issuer like any credential of ours.
     */
    public JsonObject issueStatusList(URI id, BitstringStatusList list) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(list, "list");
        JsonObject credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContextLoader.CREDENTIALS_V2))
                .add("id", id.toString())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", key.did())
                .add("validFrom", EddsaRdfc2022.xsdDateTime(clock.instant()))
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", id + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", list.encode()))
                .build();
        return sign(credential);
    }

    private JsonObject sign(JsonObject credential) {
        Instant now = clock.instant();
        return suite.sign(credential, key, key.verificationMethod(), now);
    }

    private JsonObjectBuilder profile() {
        JsonObjectBuilder issuer = Json.createObjectBuilder()
                .add("id", key.did())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", profile.name());
        profile.optionalUrl().ifPresent(url -> issuer.add("url", url.toString()));
        return issuer;
    }
}
