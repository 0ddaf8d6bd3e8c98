/**
 * The {@code ordering} question type: the learner puts items in order (the steps of a first response, the phases
 * of a BCP).
 * <p>
 * Partial credit: the longest ordered subsequence. The grade is the size of the largest set of items that the
 * learner placed in the right order relative to each other (not necessarily next to each other), divided by the
 * number of items; a set of one item counts as nothing. So one item dragged to the wrong place costs one item
 * (A C D B E: A, C, D, E are in order, 4/5 = 80%), where grading by absolute position would cost every item it
 * shifted (20%), and a fully reversed order earns 0. Moodle calls this LONGEST_ORDERED_SUBSET.
 */
package jp.medsec.lms.quiz.questiontype.ordering;
