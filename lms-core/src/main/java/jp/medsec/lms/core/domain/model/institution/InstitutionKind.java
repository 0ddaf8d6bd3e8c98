package jp.medsec.lms.core.domain.model.institution;

/**
 * Kinds of institution under the Medical Care Act: a hospital (病院) has 20 or more beds, a clinic (診療所)
 * 19 or fewer; pharmacies (薬局) fall under the Pharmaceutical Affairs Act and have none.
 */
public enum InstitutionKind {
    HOSPITAL(20, Integer.MAX_VALUE),
    CLINIC(0, 19),
    DENTAL_CLINIC(0, 19),
    PHARMACY(0, 0);

    private final int minBeds;
    private final int maxBeds;

    InstitutionKind(int minBeds, int maxBeds) {
        this.minBeds = minBeds;
        this.maxBeds = maxBeds;
    }

    public boolean allows(int beds) {
        return beds >= minBeds && beds <= maxBeds;
    }
}
