package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.quiz.application.QuestionBankService;
import jp.medsec.lms.quiz.domain.model.bank.BankQuestion;
import jp.medsec.lms.quiz.domain.model.bank.QuestionBankRepository;
import jp.medsec.lms.quiz.domain.model.bank.QuestionVersion;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.interchange.GiftImporter;
import jp.medsec.lms.quiz.interchange.ImportPolicy;
import jp.medsec.lms.quiz.interchange.ImportResult;
import jp.medsec.lms.quiz.interchange.MoodleXmlExporter;
import jp.medsec.lms.quiz.interchange.MoodleXmlImporter;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.InvalidDefinitionException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        ImportResult result = read(file, format);
        List<Question> questions = result.accept(policy);
        Instant now = clock.instant();
        for (Question q : questions) {
            BankQuestion stored = new BankQuestion(q, now);
            bank.store(stored);
            bank.store(stored.newVersion(q, author, now));
        }
        return new ImportOutcome(result.questions().size(), questions.size(), result.issues());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportOutcome check(byte[] file, Format format) {
        ImportResult result = read(file, format);
        return new ImportOutcome(result.questions().size(), 0, result.issues());
    }

    private ImportResult read(byte[] file, Format format) {
        return format == Format.GIFT ? new GiftImporter(types).read(file) : new MoodleXmlImporter(types).read(file);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankEntry> list(String category, String tag) {
        List<BankQuestion> found = bank.search(category, tag);
        Map<String, QuestionVersion> latest = bank.latestVersions(found.stream().map(BankQuestion::id).toList()).stream()
                .collect(Collectors.toMap(QuestionVersion::questionId, Function.identity()));
        return found.stream().map(q -> entry(q, latest.get(q.id()))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public BankEntry find(String questionId) {
        BankQuestion q = bank.find(questionId).orElseThrow(() -> new NotFoundException("question", questionId));
        return entry(q, bank.latestVersions(List.of(q.id())).get(0));
    }

    @Override
    public BankEntry edit(String questionId, int basedOnVersion, Question question, String author) {
        BankQuestion stored = bank.find(questionId).orElseThrow(() -> new NotFoundException("question", questionId));
        if (basedOnVersion != stored.latestVersion()) {
            throw new ConflictException("quiz.question.stale", "Version " + stored.latestVersion()
                    + " was saved meanwhile; reload the question and edit again");
        }
        if (!question.typeId().equals(stored.typeId())) {
            throw new ConflictException("quiz.question.type-changed", "A question keeps its type; make a new question instead");
        }
        List<DefinitionProblem> problems = question.problems(types);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        QuestionVersion next = stored.newVersion(question, author, clock.instant());
        bank.store(next);
        return entry(stored, next);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportMoodleXml(String category, String tag) {
        return new MoodleXmlExporter().export(list(category, tag).stream().map(BankEntry::question).toList()).xml();
    }

    private static BankEntry entry(BankQuestion q, QuestionVersion v) {
        return new BankEntry(q.id(), q.name(), q.typeId(), q.category(), q.tags(), q.latestVersion(), q.updatedAt(), v.question());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long size() {
        return bank.count();
    }
}
