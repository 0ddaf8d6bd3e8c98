/** Benchmarks: programs that print figures, run by hand (see README), never part of the test run. */
package jp.medsec.lms.bench;
