package jp.medsec.lms.core.domain.model.shared;

/** The caller is known but may not do this (for example, open a lesson of a course they are not enrolled in). */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String code, String message) {
        super(code, message);
    }
}
