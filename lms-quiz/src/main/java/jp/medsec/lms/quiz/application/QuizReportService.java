package jp.medsec.lms.quiz.application;

import java.time.Instant;
import java.util.List;

/**
 * What trainers see of a quiz: every attempt (who, when, score) and the item analysis of the graded ones (facility
 * and discrimination per question, see {@code ItemAnalysis}). Only for administrators and trainers of the course's
 * track; anyone else gets not found.
 */
public interface QuizReportService {

    QuizReport report(String callerId, String courseId, String activityId);

    record QuizReport(String courseId, String activityId, String quizTitle, int gradedAttempts, Double meanPercent,
                      Double medianPercent, Double sdPercent, double passPercent, long passedLearners, long learners,
                      List<QuestionRow> questions, List<AttemptRow> attempts) {
    }

    /** One bank question: all its versions together. {@code discrimination} is null without enough data. */
    record QuestionRow(String questionId, String name, String type, String excerpt, int attempts, double facilityPercent,
                       double sdPercent, Double discriminationIndex) {
    }

    record AttemptRow(String attemptId, String learnerId, String learnerName, String learnerEmail, int number,
                      String state, Instant startedAt, Instant finishedAt, Double percent, Boolean passed,
                      boolean needsGrading) {
    }
}
