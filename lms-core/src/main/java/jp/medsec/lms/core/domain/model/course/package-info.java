/**
 * The course aggregate: a course in a track, its ordered modules and their ordered activities. An activity's
 * type is a plugin id; its settings are the plugin's JSON, checked by the plugin before they are stored.
 */
package jp.medsec.lms.core.domain.model.course;
