package jp.medsec.lms.quiz.application;

import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.interchange.ImportPolicy;
import jp.medsec.lms.quiz.interchange.InterchangeIssue;

import java.time.Instant;
import java.util.List;

/** The question bank: questions filed by category and tag, each edit a new version. */
public interface QuestionBankService {

    enum Format { GIFT, MOODLE_XML }

    /**
     * Reads a GIFT or Moodle XML file and stores its questions (each as a new question, version 1). With errors in
     * the file nothing is stored unless {@code policy} says to skip the bad questions; the import's issues (errors
     * and warnings, by question number and line) come back either way.
     */
    ImportOutcome importFile(byte[] file, Format format, ImportPolicy policy, String author);

    /** Checks a file as {@link #importFile} would, storing nothing. */
    ImportOutcome check(byte[] file, Format format);

    /** {@code readable}: questions the file holds that can be stored; {@code stored}: how many were. */
    record ImportOutcome(int readable, int stored, List<InterchangeIssue> issues) {
        public boolean hasErrors() {
            return issues.stream().anyMatch(InterchangeIssue::isError);
        }
    }

    /** Questions under a category path prefix ("" or null for all) and with a tag (null for any). */
    List<BankEntry> list(String category, String tag);

    /** A question's latest version, answers included (for trainers). */
    BankEntry find(String questionId);

    /**
     * Stores a trainer's edit as the question's next version; attempts keep the versions they drew (a regrade moves
     * finished ones to the latest). Refused: problems with the question (InvalidDefinitionException, every problem),
     * another type (make a new question), or {@code basedOnVersion} older than the latest (someone else edited it).
     */
    BankEntry edit(String questionId, int basedOnVersion, Question question, String author);

    /** The latest versions of the listed questions as Moodle XML. */
    String exportMoodleXml(String category, String tag);

    record BankEntry(String id, String name, String type, String category, List<String> tags, int version,
                     Instant updatedAt, Question question) {
    }

    long size();
}
