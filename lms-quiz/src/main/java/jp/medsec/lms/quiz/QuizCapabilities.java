package jp.medsec.lms.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.spi.CapabilityDefinition;
import jp.medsec.lms.spi.CapabilityProvider;

import java.util.List;
import java.util.Set;

/** The quiz plugin's rows of the capability table: who may look after the question bank. */
@ApplicationScoped
public class QuizCapabilities implements CapabilityProvider {

    /** Import, read and export bank questions, answers included. */
    public static final String BANK_MANAGE = "quiz.bank.manage";

    @Override
    public List<CapabilityDefinition> capabilities() {
        return List.of(new CapabilityDefinition(BANK_MANAGE, Set.of("TRAINER", "ADMIN"),
                "Import, read and export quiz questions (answers included)"));
    }
}
