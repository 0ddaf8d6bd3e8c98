package jp.medsec.lms.core.domain.model.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The Japanese fiscal year (年度), April to March in Japan time: annual training is counted per 年度, so a
 * certificate belongs to the fiscal year of its completion and a learner re-takes a course once a new one begins.
 */
public final class FiscalYear {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private FiscalYear() {
    }

    /** April 2026 to March 2027 (JST) is 2026. */
    public static int of(Instant at) {
        LocalDate d = at.atZone(JST).toLocalDate();
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }
}
