package jp.medsec.lms.core.application;

/** Who acts (a learner id), and from which network address, for scope checks and the audit log. */
public record Actor(String learnerId, String address) {
}
