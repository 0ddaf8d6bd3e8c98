package jp.medsec.lms.web.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.quiz.QuizCapabilities;
import jp.medsec.lms.quiz.application.QuestionBankService.BankEntry;
import jp.medsec.lms.quiz.application.QuestionBankService.Format;
import jp.medsec.lms.quiz.application.QuestionBankService.ImportOutcome;
import jp.medsec.lms.quiz.application.QuestionBankService;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.interchange.ImportPolicy;
import jp.medsec.lms.quiz.interchange.ImportRejectedException;
import jp.medsec.lms.quiz.interchange.InterchangeIssue;
import jp.medsec.lms.quiz.spi.InvalidDefinitionException;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The question bank for trainers: import a GIFT or Moodle XML file (check first with {@code dryRun=true}; a file with
 * errors imports nothing unless {@code skipInvalid=true}), list, read with answers, and export as Moodle XML.
 */
@Path("quiz/bank")
@RequestScoped
@RolesAllowed(QuizCapabilities.BANK_MANAGE)
public class QuestionBankResource {

    @Inject
    QuestionBankService bank;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Context
    HttpHeaders headers;

    /** One problem of a file: where (question number, line) and what, the message in the caller's language. */
    public record IssueView(String severity, int question, int line, String field, String key, String message) {
    }

    public record ImportReportView(String format, boolean dryRun, int readable, int stored, boolean clean,
                                   List<IssueView> issues) {
    }

    public record QuestionSummaryView(String id, String name, String type, String category, List<String> tags,
                                      int version, Instant updatedAt) {
    }

    public record QuestionView(String id, int version, JsonObject question) {
    }

    /** An edit: the version the trainer started from, and the whole question in the form GET returns. */
    public record EditRequest(@NotNull(message = "{lms.validation.required}") Integer basedOnVersion,
                              @NotNull(message = "{lms.validation.required}") JsonObject question) {
    }

    @POST
    @Path("import")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import questions from GIFT or Moodle XML (format=gift|moodle-xml); dryRun=true checks only")
    public ImportReportView importFile(@QueryParam("format") @DefaultValue("gift") String format,
                                       @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                       @QueryParam("skipInvalid") @DefaultValue("false") boolean skipInvalid, byte[] file) {
        Format f = switch (format) {
            case "gift" -> Format.GIFT;
            case "moodle-xml" -> Format.MOODLE_XML;
            default -> throw new InvalidInputException("quiz.import-format", "format must be gift or moodle-xml",
                    List.of(new FieldProblem("format", "quiz.import-format")));
        };
        byte[] bytes = file == null ? new byte[0] : file;
        Locale locale = RequestLocale.of(headers);
        ImportOutcome outcome;
        if (dryRun) {
            outcome = bank.check(bytes, f);
        } else {
            try {
                outcome = bank.importFile(bytes, f, skipInvalid ? ImportPolicy.SKIP_INVALID : ImportPolicy.ALL_OR_NOTHING,
                        caller.learnerId());
            } catch (ImportRejectedException e) {
                throw new InvalidInputException("quiz.import-rejected", "The file has errors; nothing was imported",
                        e.errors().stream().map(i -> new FieldProblem("question " + i.questionNumber(), i.describe(locale))).toList());
            }
            audit.record("quiz.questions-imported", caller.learnerId(), null, caller.address(),
                    outcome.stored() + " question(s) from " + format + (outcome.hasErrors() ? ", invalid ones skipped" : ""));
        }
        return new ImportReportView(format, dryRun, outcome.readable(), outcome.stored(), !outcome.hasErrors(),
                outcome.issues().stream().map(i -> new IssueView(i.severity().name(), i.questionNumber(), i.line(), i.field(),
                        i.message().key(), (i.field().isEmpty() ? "" : i.field() + ": ") + i.message().text(locale))).toList());
    }

    @GET
    @Path("questions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bank questions under a category (path prefix) and/or with a tag")
    public List<QuestionSummaryView> questions(@QueryParam("category") String category, @QueryParam("tag") String tag) {
        return bank.list(category, tag).stream().map(e -> new QuestionSummaryView(e.id(), e.name(), e.type(), e.category(),
                e.tags(), e.version(), e.updatedAt())).toList();
    }

    @GET
    @Path("questions/{questionId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A bank question's latest version, answers and feedback included")
    public QuestionView question(@PathParam("questionId") String questionId) {
        BankEntry e = bank.find(questionId);
        return new QuestionView(e.id(), e.version(), e.question().toJson());
    }

    @PUT
    @Path("questions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save an edit as the question's next version (409 when someone saved another version meanwhile)")
    public QuestionView edit(@PathParam("questionId") String questionId, @Valid @NotNull EditRequest r) {
        Locale locale = RequestLocale.of(headers);
        BankEntry e;
        try {
            e = bank.edit(questionId, r.basedOnVersion(), Question.fromJson(r.question()), caller.learnerId());
        } catch (InvalidDefinitionException invalid) {
            throw new InvalidInputException("quiz.question.invalid", "The question has problems; nothing was saved",
                    invalid.problems().stream().map(p -> new FieldProblem(p.path(), p.message().text(locale))).toList());
        }
        audit.record("quiz.question-edited", caller.learnerId(), e.id(), caller.address(), e.name() + " → version " + e.version());
        return new QuestionView(e.id(), e.version(), e.question().toJson());
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Export bank questions (category and/or tag) as Moodle XML")
    public Response export(@QueryParam("category") String category, @QueryParam("tag") String tag) {
        return Response.ok(bank.exportMoodleXml(category, tag))
                .header("Content-Disposition", "attachment; filename=\"questions-moodle.xml\"").build();
    }
}
