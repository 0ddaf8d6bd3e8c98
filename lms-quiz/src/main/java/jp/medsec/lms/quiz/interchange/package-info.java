/**
 * Questions in and out of files: {@link jp.medsec.lms.quiz.interchange.GiftImporter} (Moodle's GIFT text
 * format), {@link jp.medsec.lms.quiz.interchange.MoodleXmlImporter} and
 * {@link jp.medsec.lms.quiz.interchange.MoodleXmlExporter}. Importers never throw on bad content: every
 * unsupported or malformed question becomes an {@link jp.medsec.lms.quiz.interchange.InterchangeIssue} with its
 * position (question number and line) and a message in Japanese and English, and the caller decides with
 * {@link jp.medsec.lms.quiz.interchange.ImportResult#accept} whether to import everything or nothing, or to skip
 * the bad questions. Each imported question has also passed its type's validation.
 */
package jp.medsec.lms.quiz.interchange;
