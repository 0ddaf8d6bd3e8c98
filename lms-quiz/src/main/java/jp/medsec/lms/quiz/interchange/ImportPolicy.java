package jp.medsec.lms.quiz.interchange;

/** What to do with a file in which some questions could not be read. */
public enum ImportPolicy {
    /** Import nothing unless every question can be imported: a half-imported file is hard to fix up later. */
    ALL_OR_NOTHING,
    /** Import the questions that could be read and leave out the others (the issues say which). */
    SKIP_INVALID
}
