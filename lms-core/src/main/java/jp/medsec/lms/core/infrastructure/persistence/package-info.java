/** JPA implementations of the domain repositories (persistence unit {@code lms}, EclipseLink). */
package jp.medsec.lms.core.infrastructure.persistence;
