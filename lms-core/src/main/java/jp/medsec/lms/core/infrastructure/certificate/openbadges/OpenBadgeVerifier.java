package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.Config;

import java.io.StringReader;
import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies an Open Badges 3.0 credential the way the LMS's public verification page needs: the proof
 * ({@code eddsa-rdfc-2022}, key from the {@code did:key} it names), the issuer (one of ours), the validity window, and
 * the revocation bit in its Bitstring Status List. Never throws for a bad credential; every problem ends up in the
 * {@link VerificationResult}. Works entirely offline. Thread-safe.
 */
public final class OpenBadgeVerifier {

    private final Set<String> trustedIssuers;
    private final StatusListSource statusLists;
    private final Clock clock;
    private final EddsaRdfc2022 suite = new EddsaRdfc2022(BundledContextLoader.instance());

    /**
     * @param trustedIssuers the issuer DIDs whose credentials count as genuine (ours, current and former keys)
     * @param statusLists    where the current status list credentials come from
     */
    public OpenBadgeVerifier(Set<String> trustedIssuers, StatusListSource statusLists, Clock clock) {
        if (trustedIssuers.isEmpty()) {
            // With no list, anyone's did:key with our issuer's name on it would pass as ours.
            throw new IllegalArgumentException("A verifier needs at least one trusted issuer DID");
        }
        this.trustedIssuers = Set.copyOf(trustedIssuers);
        this.statusLists = Objects.requireNonNull(statusLists, "statusLists");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Trusts the configured key's DID plus those listed in {@value OpenBadgeIssuer#CONFIG_TRUSTED_ISSUERS}. */
    public static OpenBadgeVerifier fromConfig(Config config, StatusListSource statusLists) {
        Set<String> trusted = new HashSet<>();
        trusted.add(IssuerKey.fromConfig(config).did());
        config.getOptionalValue(OpenBadgeIssuer.CONFIG_TRUSTED_ISSUERS, String.class).ifPresent(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).forEach(trusted::add));
        return new OpenBadgeVerifier(trusted, statusLists, Clock.systemUTC());
    }

    /** Verifies a credential given as JSON text, e.g. as uploaded on the verification page. */
    public VerificationResult verify(String credentialJson) {
        try (JsonReader reader = Json.createReader(new StringReader(credentialJson == null ? "" : credentialJson))) {
            return verify(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            return new VerificationResult(VerificationStatus.MALFORMED, List.of("Not a JSON object: " + e.getMessage()), null, null);
        }
    }

    public VerificationResult verify(JsonObject credential) {
        Objects.requireNonNull(credential, "credential");
        String id = text(credential, "id").orElse(null);
        String issuer = issuerId(credential).orElse(null);

        List<String> malformed = structuralProblems(credential);
        if (!malformed.isEmpty()) {
            return new VerificationResult(VerificationStatus.MALFORMED, malformed, id, issuer);
        }
        Optional<String> proofProblem = checkProof(credential, issuer);
        if (proofProblem.isPresent()) {
            return new VerificationResult(VerificationStatus.INVALID_SIGNATURE, List.of(proofProblem.get()), id, issuer);
        }
        if (!trustedIssuers.contains(issuer)) {
            return new VerificationResult(VerificationStatus.UNTRUSTED_ISSUER,
                    List.of("Signed correctly, but by " + issuer + ", which is not an issuer this LMS trusts"), id, issuer);
        }

        EnumSet<VerificationStatus> found = EnumSet.noneOf(VerificationStatus.class);
        List<String> reasons = new ArrayList<>();
        Instant now = clock.instant();
        Instant validFrom = instant(credential.getString("validFrom"));
        if (now.isBefore(validFrom)) {
            found.add(VerificationStatus.NOT_YET_VALID);
            reasons.add("Not valid before " + validFrom);
        }
        Optional<Instant> validUntil = text(credential, "validUntil").map(OpenBadgeVerifier::instant);
        if (validUntil.isPresent() && now.isAfter(validUntil.get())) {
            found.add(VerificationStatus.EXPIRED);
            reasons.add("Expired at " + validUntil.get());
        }
        checkRevocation(credential, issuer, now, found, reasons);
        VerificationStatus status = found.isEmpty() ? VerificationStatus.VALID : found.iterator().next();
        return new VerificationResult(status, reasons, id, issuer);
    }

    private List<String> structuralProblems(JsonObject credential) {
        List<String> problems = new ArrayList<>();
        List<String> contexts = strings(credential.get("@context"));
        if (contexts.size() < 2 || !BundledContextLoader.CREDENTIALS_V2.equals(contexts.get(0))
                || !contexts.get(1).startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context")) {
            problems.add("@context must start with the VC 2.0 context and then the Open Badges 3.0 context");
        }
        List<String> types = strings(credential.get("type"));
        if (!types.contains("VerifiableCredential") || !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))) {
            problems.add("type must contain VerifiableCredential and OpenBadgeCredential");
        }
        if (issuerId(credential).filter(s -> s.startsWith("did:")).isEmpty()) {
            problems.add("issuer must be a DID");
        }
        for (String date : List.of("validFrom", "validUntil")) {
            Optional<String> value = text(credential, date);
            if (value.isEmpty() && date.equals("validFrom")) {
                problems.add("validFrom is missing");
            }
            try {
                value.ifPresent(OpenBadgeVerifier::instant);
            } catch (DateTimeParseException e) {
                problems.add(date + " is not a UTC date-time: " + value.get());
            }
        }
        JsonValue subject = credential.get("credentialSubject");
        if (subject == null || subject.getValueType() != JsonValue.ValueType.OBJECT
                || !strings(subject.asJsonObject().get("type")).contains("AchievementSubject")
                || !subject.asJsonObject().containsKey("achievement")) {
            problems.add("credentialSubject must be an AchievementSubject with an achievement");
        }
        return problems;
    }

    /** The proof must hold for the key of the did:key it names, and that DID must be the issuer. */
    private Optional<String> checkProof(JsonObject credential, String issuer) {
        Optional<String> method = EddsaRdfc2022.verificationMethod(credential);
        if (method.isEmpty()) {
            return Optional.of("The credential has no proof with a verificationMethod");
        }
        if (!method.get().startsWith(issuer + "#")) {
            return Optional.of("The proof's key " + method.get() + " does not belong to the issuer " + issuer);
        }
        PublicKey key;
        try {
            key = IssuerKey.publicKeyOfDidKey(method.get());
        } catch (CredentialException e) {
            return Optional.of(e.getMessage());
        }
        return suite.verify(credential, key);
    }

    private void checkRevocation(JsonObject credential, String issuer, Instant now, Set<VerificationStatus> found, List<String> reasons) {
        List<JsonObject> entries = objects(credential.get("credentialStatus")).stream()
                .filter(e -> "BitstringStatusListEntry".equals(e.getString("type", null)))
                .filter(e -> "revocation".equals(e.getString("statusPurpose", null)))
                .collect(Collectors.toList());
        if (entries.isEmpty()) {
            found.add(VerificationStatus.STATUS_UNKNOWN);
            reasons.add("The credential has no revocation status entry");
            return;
        }
        for (JsonObject entry : entries) {
            String problem = revocationProblem(entry, issuer, now, found);
            if (problem != null) {
                reasons.add(problem);
            }
        }
    }

    /** Adds REVOKED or STATUS_UNKNOWN to {@code found} and says why, or returns null when the bit is clear. */
    private String revocationProblem(JsonObject entry, String issuer, Instant now, Set<VerificationStatus> found) {
        String listUrl = entry.getString("statusListCredential", null);
        int index;
        try {
            index = Integer.parseInt(entry.getString("statusListIndex", ""));
        } catch (NumberFormatException | ClassCastException e) {
            found.add(VerificationStatus.STATUS_UNKNOWN);
            return "The status entry has no numeric statusListIndex";
        }
        if (listUrl == null) {
            found.add(VerificationStatus.STATUS_UNKNOWN);
            return "The status entry names no statusListCredential";
        }
        Optional<JsonObject> list;
        try {
            list = statusLists.find(URI.create(listUrl));
        } catch (IllegalArgumentException e) {
            list = Optional.empty();
        }
        if (list.isEmpty()) {
            found.add(VerificationStatus.STATUS_UNKNOWN);
            return "The status list " + listUrl + " is not available";
        }
        JsonObject statusList = list.get();
        String listProblem = statusListProblem(statusList, listUrl, issuer, now);
        if (listProblem != null) {
            found.add(VerificationStatus.STATUS_UNKNOWN);
            return listProblem;
        }
        try {
            BitstringStatusList bits = BitstringStatusList.decode(
                    statusList.getJsonObject("credentialSubject").getString("encodedList", null));
            if (bits.isSet(index)) {
                found.add(VerificationStatus.REVOKED);
                return "Revoked by the issuer (status list " + listUrl + ", index " + index + ")";
            }
            return null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
            found.add(VerificationStatus.STATUS_UNKNOWN);
            return "The status list " + listUrl + " cannot be read: " + e.getMessage();
        }
    }

    private String statusListProblem(JsonObject statusList, String listUrl, String issuer, Instant now) {
        if (!listUrl.equals(statusList.getString("id", null))
                || !strings(statusList.get("type")).contains("BitstringStatusListCredential")) {
            return "The document found for " + listUrl + " is not its BitstringStatusListCredential";
        }
        if (!issuer.equals(issuerId(statusList).orElse(null))) {
            return "The status list " + listUrl + " was not issued by the credential's issuer";
        }
        Optional<String> proof = checkProof(statusList, issuer);
        if (proof.isPresent()) {
            return "The status list " + listUrl + " has no valid proof: " + proof.get();
        }
        Optional<Instant> until;
        try {
            until = text(statusList, "validUntil").map(OpenBadgeVerifier::instant);
        } catch (DateTimeParseException e) {
            return "The status list " + listUrl + " has an unreadable validUntil";
        }
        if (until.isPresent() && now.isAfter(until.get())) {
            return "The status list " + listUrl + " expired at " + until.get();
        }
        JsonValue subject = statusList.get("credentialSubject");
        if (subject == null || subject.getValueType() != JsonValue.ValueType.OBJECT
                || !"revocation".equals(subject.asJsonObject().getString("statusPurpose", null))) {
            return "The status list " + listUrl + " is not for revocation";
        }
        return null;
    }

    /** An XML Schema dateTime with a time zone ({@code Z} or an offset such as {@code +09:00}). */
    private static Instant instant(String dateTime) {
        return OffsetDateTime.parse(dateTime).toInstant();
    }

    private static Optional<String> issuerId(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        if (issuer instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (issuer instanceof JsonObject o) {
            return text(o, "id");
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static List<String> strings(JsonValue value) {
        if (value instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).collect(Collectors.toList());
        }
        return List.of();
    }

    private static List<JsonObject> objects(JsonValue value) {
        if (value instanceof JsonObject o) {
            return List.of(o);
        }
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonObject.class::isInstance).map(JsonValue::asJsonObject).collect(Collectors.toList());
        }
        return List.of();
    }
}
