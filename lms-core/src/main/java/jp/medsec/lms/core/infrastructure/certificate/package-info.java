/**
 * Completion certificates (修了証) as infrastructure: a signed Open Badges 3.0 credential ({@code openbadges}) and a
 * printable PDF ({@code pdf}). Neither knows about entities or persistence; the application layer hands them plain
 * records and stores what they return.
 */
package jp.medsec.lms.core.infrastructure.certificate;
