package jp.medsec.lms.web.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.quiz.QuizCapabilities;
import jp.medsec.lms.quiz.application.QuizReportService;
import jp.medsec.lms.quiz.application.QuizReportService.AttemptRow;
import jp.medsec.lms.quiz.application.QuizReportService.QuizReport;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A quiz's results for trainers (of the course's track) and administrators: every attempt, and per question the
 * facility and discrimination index; also the attempts as CSV for Excel.
 */
@Path("courses/{courseId}/activities/{activityId}/quiz/report")
@RequestScoped
@RolesAllowed(QuizCapabilities.RESULTS_VIEW)
public class QuizReportResource {

    private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    @Inject
    QuizReportService reports;

    @Inject
    Caller caller;

    @PathParam("courseId")
    String courseId;

    @PathParam("activityId")
    String activityId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every attempt and the item analysis (facility, discrimination) of the graded ones")
    public QuizReport report() {
        return reports.report(caller.learnerId(), courseId, activityId);
    }

    @GET
    @Path("attempts.csv")
    @Produces("text/csv")
    @Operation(summary = "The attempts as CSV (UTF-8 with BOM, for Excel), times in JST")
    public Response csv() {
        QuizReport report = reports.report(caller.learnerId(), courseId, activityId);
        StringBuilder out = new StringBuilder("\uFEFF氏名,メールアドレス,回,状態,開始(JST),終了(JST),得点(%),合否\r\n");
        for (AttemptRow a : report.attempts()) {
            out.append(cell(a.learnerName())).append(',').append(cell(a.learnerEmail())).append(',').append(a.number()).append(',')
                    .append(a.state().equals("IN_PROGRESS") ? "受験中" : a.needsGrading() ? "採点待ち" : "終了").append(',')
                    .append(JST.format(a.startedAt())).append(',').append(a.finishedAt() == null ? "" : JST.format(a.finishedAt())).append(',')
                    .append(a.percent() == null ? "" : a.percent()).append(',')
                    .append(a.passed() == null ? "" : a.passed() ? "合格" : "不合格").append("\r\n");
        }
        return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"quiz-attempts.csv\"").build();
    }

    /** Quoted, with a leading quote before = + - @ so Excel never runs a learner's name as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
