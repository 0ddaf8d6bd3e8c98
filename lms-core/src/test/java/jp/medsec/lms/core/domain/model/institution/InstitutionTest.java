package jp.medsec.lms.core.domain.model.institution;

import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InstitutionTest {

    @Test
    void bedsMustFitTheKindUnderTheMedicalCareAct() {
        assertEquals(200, new Institution("つるぎ病院", Prefecture.TOKUSHIMA, InstitutionKind.HOSPITAL, 200).beds());
        assertThrows(InvalidInputException.class, () -> new Institution("小病院", Prefecture.TOKYO, InstitutionKind.HOSPITAL, 19));
        assertThrows(InvalidInputException.class, () -> new Institution("診療所", Prefecture.TOKYO, InstitutionKind.CLINIC, 20));
        assertThrows(InvalidInputException.class, () -> new Institution("薬局", Prefecture.OSAKA, InstitutionKind.PHARMACY, 1));
    }

    @Test
    void prefecturesFollowJisCodes() {
        assertEquals(Prefecture.TOKYO, Prefecture.byCode(13).orElseThrow());
        assertEquals("沖縄県", Prefecture.byCode(47).orElseThrow().nameJa());
        assertEquals(47, Prefecture.values().length);
    }
}
