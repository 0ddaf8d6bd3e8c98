package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue with {@link OpenBadgeIssuer}, check with {@link OpenBadgeVerifier}: what a verification page will report. */
class OpenBadgeCredentialTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    private final IssuerKey key = IssuerKey.generate();
    private final OpenBadgeIssuer issuer = new OpenBadgeIssuer(key,
            new IssuerProfile("医療機関サイバーセキュリティ研修 事務局", URI.create("https://lms.example.jp/")), clockAt(SampleCertificates.ISSUED));
    private final Map<URI, JsonObject> published = new HashMap<>();

    private OpenBadgeVerifier verifierAt(Instant now) {
        return new OpenBadgeVerifier(Set.of(key.did()), url -> Optional.ofNullable(published.get(url)), clockAt(now));
    }

    private void publishStatusList(Integer... revoked) {
        published.put(SampleCertificates.STATUS_LIST,
                issuer.issueStatusList(SampleCertificates.STATUS_LIST, BitstringStatusList.withRevoked(List.of(revoked))));
    }

    @Test
    void theCredentialCarriesEveryFieldOpenBadges30Requires() {
        JsonObject c = issuer.issue(SampleCertificates.yamadaHanako(123));

        // AchievementCredential (OB 3.0 data model): @context, id, type, issuer, validFrom, name, credentialSubject.
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                strings(c.getJsonArray("@context")));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), strings(c.getJsonArray("type")));
        assertEquals("https://lms.example.jp/verify/EXE-2026-000123", c.getString("id"));
        assertEquals("修了証 EXE-2026-000123", c.getString("name"));
        assertEquals("2026-04-01T00:00:00Z", c.getString("validFrom"));
        assertEquals("2029-03-31T15:00:00Z", c.getString("validUntil"));
        assertEquals("2026-04-01T00:00:00Z", c.getString("awardedDate"));

        // Profile: id, type Profile; we add the name a reader needs.
        JsonObject profile = c.getJsonObject("issuer");
        assertEquals(key.did(), profile.getString("id"));
        assertTrue(profile.getString("id").startsWith("did:key:z6Mk"));
        assertEquals(List.of("Profile"), strings(profile.getJsonArray("type")));
        assertEquals("医療機関サイバーセキュリティ研修 事務局", profile.getString("name"));

        // AchievementSubject: type, achievement, and an id or at least one identifier.
        JsonObject subject = c.getJsonObject("credentialSubject");
        assertEquals(List.of("AchievementSubject"), strings(subject.getJsonArray("type")));
        assertEquals("山田 花子", subject.getString("name"));
        JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);
        assertEquals("IdentityObject", identity.getString("type"));
        assertEquals("name", identity.getString("identityType"));
        assertFalse(identity.getBoolean("hashed"));
        assertEquals("山田 花子", identity.getString("identityHash"));

        // Achievement: id, type Achievement, name, description, criteria (with id or narrative).
        JsonObject achievement = subject.getJsonObject("achievement");
        assertEquals("https://lms.example.jp/achievements/executive-2026", achievement.getString("id"));
        assertEquals(List.of("Achievement"), strings(achievement.getJsonArray("type")));
        assertEquals("医療機関のサイバーセキュリティ対策（経営者向け）", achievement.getString("name"));
        assertFalse(achievement.getString("description").isBlank());
        assertEquals("全レッスンを修了し、確認テストに合格したこと。", achievement.getJsonObject("criteria").getString("narrative"));
        assertEquals("CertificateOfCompletion", achievement.getString("achievementType"));

        // Revocation: a BitstringStatusListEntry; the index is a string by that specification.
        JsonObject status = c.getJsonObject("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.getString("type"));
        assertEquals("revocation", status.getString("statusPurpose"));
        assertEquals("123", status.getString("statusListIndex"));
        assertEquals(SampleCertificates.STATUS_LIST.toString(), status.getString("statusListCredential"));

        JsonObject proof = c.getJsonObject("proof");
        assertEquals("DataIntegrityProof", proof.getString("type"));
        assertEquals("eddsa-rdfc-2022", proof.getString("cryptosuite"));
        assertEquals("assertionMethod", proof.getString("proofPurpose"));
        assertEquals(key.did() + "#" + key.publicKeyMultibase(), proof.getString("verificationMethod"));
        assertTrue(proof.getString("proofValue").startsWith("z"));
    }

    @Test
    void aFreshCredentialIsValid() {
        publishStatusList();
        VerificationResult result = verifierAt(NOW).verify(issuer.issue(SampleCertificates.yamadaHanako(123)).toString());
        assertEquals(VerificationStatus.VALID, result.status(), result.reasons().toString());
        assertTrue(result.reasons().isEmpty());
        assertEquals(key.did(), result.issuer());
        assertEquals("https://lms.example.jp/verify/EXE-2026-000123", result.credentialId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/credentialSubject/name, 山田 太郎",
            "/credentialSubject/identifier/0/identityHash, 山田 太郎",
            "/credentialSubject/achievement/name, 別の研修",
            "/credentialSubject/achievement/criteria/narrative, 受講のみ",
            "/credentialSubject/achievement/tag/0, 初学者向け",
            "/name, 修了証 EXE-2026-000999",
            "/issuer/name, 偽の事務局",
            "/validUntil, 2099-12-31T00:00:00Z",
            "/awardedDate, 2020-01-01T00:00:00Z",
            "/credentialStatus/statusListIndex, 124",
    })
    void changingAnyFieldAfterSigningBreaksTheSignature(String pointer, String value) {
        publishStatusList();
        JsonObject genuine = issuer.issue(SampleCertificates.yamadaHanako(123));
        JsonObject tampered = replace(genuine, pointer, Json.createValue(value));

        VerificationResult result = verifierAt(NOW).verify(tampered);

        assertEquals(VerificationStatus.INVALID_SIGNATURE, result.status(), pointer);
        assertTrue(result.reasons().get(0).contains("does not match"), result.reasons().toString());
    }

    @Test
    void addingAFieldNoContextDefinesIsNotValidEither() {
        publishStatusList();
        JsonObject tampered = Json.createObjectBuilder(issuer.issue(SampleCertificates.yamadaHanako(123)))
                .add("grade", "A+").build();
        VerificationResult result = verifierAt(NOW).verify(tampered);
        assertEquals(VerificationStatus.INVALID_SIGNATURE, result.status());
        assertTrue(result.reasons().get(0).contains("grade"), result.reasons().toString());
    }

    @Test
    void aCredentialFromAnotherKeyIsNotOurs() {
        publishStatusList();
        IssuerKey stranger = IssuerKey.generate();
        OpenBadgeIssuer impostor = new OpenBadgeIssuer(stranger, new IssuerProfile("医療機関サイバーセキュリティ研修 事務局", null),
                clockAt(SampleCertificates.ISSUED));
        JsonObject forged = impostor.issue(SampleCertificates.yamadaHanako(123));
        assertEquals(VerificationStatus.UNTRUSTED_ISSUER, verifierAt(NOW).verify(forged).status());

        // Claiming our DID as issuer while signing with another key: the proof's key is not the issuer's.
        JsonObject claimsUs = replace(forged, "/issuer/id", Json.createValue(key.did()));
        VerificationResult result = verifierAt(NOW).verify(claimsUs);
        assertEquals(VerificationStatus.INVALID_SIGNATURE, result.status());
        assertTrue(result.reasons().get(0).contains("does not belong to the issuer"), result.reasons().toString());

        // And naming our key in the proof while the signature is the stranger's.
        JsonObject namesOurKey = replace(claimsUs, "/proof/verificationMethod", Json.createValue(key.verificationMethod()));
        assertEquals(VerificationStatus.INVALID_SIGNATURE, verifierAt(NOW).verify(namesOurKey).status());
    }

    @Test
    void notYetValidAndExpiredAreToldApart() {
        publishStatusList();
        JsonObject credential = issuer.issue(SampleCertificates.yamadaHanako(123));
        VerificationResult early = verifierAt(SampleCertificates.ISSUED.minusSeconds(60)).verify(credential);
        assertEquals(VerificationStatus.NOT_YET_VALID, early.status());
        assertTrue(early.reasons().get(0).contains("2026-04-01T00:00:00Z"));
        VerificationResult late = verifierAt(SampleCertificates.EXPIRES.plusSeconds(1)).verify(credential);
        assertEquals(VerificationStatus.EXPIRED, late.status());
        assertTrue(late.reasons().get(0).contains("2029-03-31T15:00:00Z"));
    }

    @Test
    void aRevokedCredentialIsReportedAsRevoked() {
        JsonObject credential = issuer.issue(SampleCertificates.yamadaHanako(123));
        JsonObject other = issuer.issue(SampleCertificates.yamadaHanako(124));
        publishStatusList(123);

        VerificationResult revoked = verifierAt(NOW).verify(credential);
        assertEquals(VerificationStatus.REVOKED, revoked.status());
        assertTrue(revoked.reasons().get(0).contains("index 123"));
        assertEquals(VerificationStatus.VALID, verifierAt(NOW).verify(other).status(), "the neighbouring bit");

        // Revocation outranks expiry: a revoked and expired certificate reads as revoked.
        assertEquals(VerificationStatus.REVOKED, verifierAt(SampleCertificates.EXPIRES.plusSeconds(1)).verify(credential).status());
    }

    @Test
    void aMissingForgedOrAlteredStatusListLeavesTheStatusUnknown() {
        JsonObject credential = issuer.issue(SampleCertificates.yamadaHanako(123));
        assertEquals(VerificationStatus.STATUS_UNKNOWN, verifierAt(NOW).verify(credential).status(), "no list published");

        // A list that clears everyone, signed by someone else, must not un-revoke anything.
        OpenBadgeIssuer impostor = new OpenBadgeIssuer(IssuerKey.generate(), new IssuerProfile("x", null), clockAt(NOW));
        published.put(SampleCertificates.STATUS_LIST,
                impostor.issueStatusList(SampleCertificates.STATUS_LIST, BitstringStatusList.withRevoked(List.of())));
        VerificationResult forged = verifierAt(NOW).verify(credential);
        assertEquals(VerificationStatus.STATUS_UNKNOWN, forged.status());
        assertTrue(forged.reasons().get(0).contains("not issued by the credential's issuer"), forged.reasons().toString());

        // Our list with its bit cleared after signing.
        publishStatusList(123);
        JsonObject ours = published.get(SampleCertificates.STATUS_LIST);
        published.put(SampleCertificates.STATUS_LIST, replace(ours, "/credentialSubject/encodedList",
                Json.createValue(BitstringStatusList.withRevoked(List.of()).encode())));
        VerificationResult altered = verifierAt(NOW).verify(credential);
        assertEquals(VerificationStatus.STATUS_UNKNOWN, altered.status());
        assertTrue(altered.reasons().get(0).contains("no valid proof"), altered.reasons().toString());
    }

    @Test
    void theStatusListCredentialIsASignedBitstringStatusListOfAtLeast16KiB() {
        JsonObject list = issuer.issueStatusList(SampleCertificates.STATUS_LIST, BitstringStatusList.withRevoked(List.of(7)));
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), strings(list.getJsonArray("type")));
        assertEquals(key.did(), list.getString("issuer"));
        JsonObject subject = list.getJsonObject("credentialSubject");
        assertEquals("BitstringStatusList", subject.getString("type"));
        assertEquals("revocation", subject.getString("statusPurpose"));
        BitstringStatusList bits = BitstringStatusList.decode(subject.getString("encodedList"));
        assertEquals(131_072, bits.size());
        assertTrue(bits.isSet(7));
        assertNotNull(list.getJsonObject("proof").getString("proofValue"));
    }

    @Test
    void aDateWithATimeZoneOffsetIsReadButAnUnreadableOneIsMalformed() {
        publishStatusList();
        JsonObject credential = issuer.issue(SampleCertificates.yamadaHanako(123));
        // The same instant as validUntil written in JST: only the signature can object (it covers the text), not the parser.
        JsonObject jst = replace(credential, "/validUntil", Json.createValue("2029-04-01T00:00:00+09:00"));
        assertEquals(VerificationStatus.INVALID_SIGNATURE, verifierAt(NOW).verify(jst).status());
        JsonObject garbled = replace(credential, "/validFrom", Json.createValue("1 April 2026"));
        VerificationResult result = verifierAt(NOW).verify(garbled);
        assertEquals(VerificationStatus.MALFORMED, result.status());
        assertTrue(result.reasons().get(0).contains("validFrom"), result.reasons().toString());
    }

    @Test
    void textThatIsNotACredentialIsMalformed() {
        OpenBadgeVerifier verifier = verifierAt(NOW);
        assertEquals(VerificationStatus.MALFORMED, verifier.verify("not json").status());
        assertEquals(VerificationStatus.MALFORMED, verifier.verify("[1,2]").status());
        VerificationResult empty = verifier.verify("{}");
        assertEquals(VerificationStatus.MALFORMED, empty.status());
        assertTrue(empty.reasons().size() >= 4, empty.reasons().toString());
    }

    static JsonObject replace(JsonObject document, String pointer, JsonValue value) {
        JsonPatch patch = Json.createPatchBuilder().replace(pointer, value).build();
        return patch.apply(document);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).collect(Collectors.toList());
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
