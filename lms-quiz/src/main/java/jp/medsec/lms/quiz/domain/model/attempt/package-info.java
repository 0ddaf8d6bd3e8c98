/**
 * A learner's attempt at a quiz: the questions it drew (fixed versions, shuffle seeds), the answers saved as the
 * learner goes, the deadline on the server clock, and the grade once submitted. The database enforces one attempt in
 * progress per learner and quiz, unique attempt numbers, and a single submission (optimistic version).
 */
package jp.medsec.lms.quiz.domain.model.attempt;
