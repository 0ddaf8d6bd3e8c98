package jp.medsec.lms.spi;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One capability: a dotted id ({@code quiz.grade}), the roles that have it (by role name: LEARNER, TRAINER,
 * INSTITUTION_MANAGER, CERTIFICATE_ADMIN, ADMIN), and what it allows, for administrators reading the table.
 */
public record CapabilityDefinition(String id, Set<String> roles, String description) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public CapabilityDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Capability id must be dotted lower-case words: " + id);
        }
        roles = Set.copyOf(roles);
        Objects.requireNonNull(description, "description");
    }
}
