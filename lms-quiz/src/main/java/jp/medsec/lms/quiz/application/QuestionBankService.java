package jp.medsec.lms.quiz.application;

import jp.medsec.lms.quiz.interchange.ImportPolicy;

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

    record ImportOutcome(int stored, List<jp.medsec.lms.quiz.interchange.InterchangeIssue> issues) {
    }

    long size();
}
