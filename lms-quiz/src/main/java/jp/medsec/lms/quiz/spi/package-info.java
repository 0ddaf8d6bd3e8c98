/**
 * The question-type SPI: the only package a question-type plugin imports from the quiz. A question type is an
 * {@code @ApplicationScoped} CDI bean implementing {@link jp.medsec.lms.quiz.spi.QuestionType}; the quiz finds
 * every installed one with {@code @Inject @Any Instance<QuestionType>}, so a new type is a jar, not a change here.
 * <p>
 * Definitions, responses and presentations are JSON-P objects: the type owns their shape, the quiz stores them
 * as they are (a versioned JSON column), and nothing here depends on JPA or JAX-RS. The small records beside the
 * interface ({@link jp.medsec.lms.quiz.spi.FormattedText}, {@link jp.medsec.lms.quiz.spi.Choice},
 * {@link jp.medsec.lms.quiz.spi.Message}...) are the vocabulary types share, and
 * {@link jp.medsec.lms.quiz.spi.DefinitionReader} reads a definition while collecting every problem.
 */
package jp.medsec.lms.quiz.spi;
