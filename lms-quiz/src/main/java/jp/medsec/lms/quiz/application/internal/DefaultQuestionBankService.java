package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.quiz.application.QuestionBankService;
import jp.medsec.lms.quiz.domain.model.bank.BankQuestion;
import jp.medsec.lms.quiz.domain.model.bank.QuestionBankRepository;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.interchange.GiftImporter;
import jp.medsec.lms.quiz.interchange.ImportPolicy;
import jp.medsec.lms.quiz.interchange.ImportResult;
import jp.medsec.lms.quiz.interchange.MoodleXmlImporter;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultQuestionBankService implements QuestionBankService {

    @Inject
    QuestionBankRepository bank;

    @Inject
    QuestionTypeRegistry types;

    @Inject
    Clock clock;

    @Override
    public ImportOutcome importFile(byte[] file, Format format, ImportPolicy policy, String author) {
        ImportResult result = format == Format.GIFT ? new GiftImporter(types).read(file) : new MoodleXmlImporter(types).read(file);
        List<Question> questions = result.accept(policy);
        Instant now = clock.instant();
        for (Question q : questions) {
            BankQuestion stored = new BankQuestion(q, now);
            bank.store(stored);
            bank.store(stored.newVersion(q, author, now));
        }
        return new ImportOutcome(questions.size(), result.issues());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long size() {
        return bank.count();
    }
}
