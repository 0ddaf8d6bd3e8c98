package jp.medsec.lms.core.domain.model.shared;

import java.util.UUID;

/** Entity ids that appear in URLs are random UUIDs, so they cannot be guessed or enumerated. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
