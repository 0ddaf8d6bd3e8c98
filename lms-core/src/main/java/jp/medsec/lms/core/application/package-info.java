/**
 * Application services: what the web layer (and later other clients) may ask of the LMS. Interfaces here,
 * transactional implementations in {@code internal}. Callers pass the acting learner's id explicitly, so a
 * service can never act for someone else by accident.
 */
package jp.medsec.lms.core.application;
