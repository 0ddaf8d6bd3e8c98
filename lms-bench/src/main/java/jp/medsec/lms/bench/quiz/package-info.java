/**
 * The quiz submission benchmark (issue 4, "Performance"): starts the LMS on its own Liberty server, prepares learners
 * with a 10-question attempt each, fires their final submissions sequentially, 64 at a time and 3,000 within a
 * minute, checks that no result was lost or duplicated, and compares the rate with the raw JDBC commit rate of the
 * same database. Run with {@code mvn -Pbench package} (see docs/quiz-benchmark.md); not part of {@code mvn verify}.
 */
package jp.medsec.lms.bench.quiz;
