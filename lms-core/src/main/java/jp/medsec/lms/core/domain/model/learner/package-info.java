/** People who use the LMS: their profile (氏名, フリガナ, job, institution), credentials and roles. */
package jp.medsec.lms.core.domain.model.learner;
