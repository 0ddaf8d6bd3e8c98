package jp.medsec.lms.core.domain.model.learner;

/** Job categories used by reports and track recommendations (医師, 看護師, 事務, 情報システム担当, 経営層, ...). */
public enum JobCategory {
    DOCTOR,
    NURSE,
    PHARMACIST,
    MEDICAL_TECHNICIAN,
    CLERK,
    IT_STAFF,
    EXECUTIVE,
    OTHER
}
