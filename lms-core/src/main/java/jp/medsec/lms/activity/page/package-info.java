/**
 * The {@code page} activity type: a lesson page written in Markdown, rendered safely, complete once the
 * learner marks it done (optionally not before a minimum reading time). It is a plugin like any other and
 * uses only {@code jp.medsec.lms.spi}; it ships in lms-core because every course needs it.
 */
package jp.medsec.lms.activity.page;
