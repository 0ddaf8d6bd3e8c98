/**
 * The installed question types: {@link jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry} finds them (CDI) and
 * refuses to start on a duplicate id or an unmet SPI version; each built-in type lives in a sub-package of its own
 * and uses nothing but {@code jp.medsec.lms.quiz.spi}, exactly as a type in another jar would.
 */
package jp.medsec.lms.quiz.questiontype;
