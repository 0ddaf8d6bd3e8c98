/** Transactional implementations of the application services, and the start-up work (plugin check, seeding, admin). */
package jp.medsec.lms.core.application.internal;
