/** JPA repositories of the quiz plugin, in its own persistence unit {@code lms-quiz}. */
package jp.medsec.lms.quiz.infrastructure.persistence;
