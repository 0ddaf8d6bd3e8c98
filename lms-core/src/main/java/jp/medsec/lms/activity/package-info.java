/**
 * Activity types that ship in lms-core (each in its own sub-package, each a plugin that could live in its own
 * jar) and the little they share: {@link jp.medsec.lms.activity.Messages}, their Japanese and English texts.
 */
package jp.medsec.lms.activity;
