package jp.medsec.lms.spi;

/** A plugin's verdict on an activity, with a reason in the learner's language to show or to audit. */
public record CompletionDecision(boolean complete, String reason) {

    public static CompletionDecision complete(String reason) {
        return new CompletionDecision(true, reason);
    }

    public static CompletionDecision incomplete(String reason) {
        return new CompletionDecision(false, reason);
    }
}
