package jp.medsec.lms.web.rest.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.mail.MailOutbox;
import jp.medsec.lms.core.domain.model.mail.MailStatus;
import jp.medsec.lms.core.domain.model.mail.OutgoingMail;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The mail outbox for administrators. Bodies are not shown: they may carry links meant for the recipient only. */
@Path("admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailResource {

    @Inject
    MailOutbox outbox;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Capabilities.MAIL_MANAGE)
    @Operation(summary = "Outgoing mails, newest first, optionally of one status (PENDING, SENT, FAILED), with whether "
            + "mail is configured and how many mails are in each status (administrators)")
    public MailListView list(@QueryParam("status") String status,
                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        var overview = outbox.overview();
        var found = outbox.list(status(status), page, size);
        return new MailListView(overview.configured(), overview.linksAbsolute(), overview.counts(),
                found.items().stream().map(MailView::of).toList(), found.total(), found.page(), found.size());
    }

    @POST
    @Path("{mailId}/retry")
    @RolesAllowed(Capabilities.MAIL_MANAGE)
    @Operation(summary = "Send a failed mail again: a new round of attempts starting now (administrators; audited)")
    public MailView retry(@PathParam("mailId") String mailId) {
        return MailView.of(outbox.retry(mailId, caller.actor()));
    }

    @POST
    @Path("test")
    @RolesAllowed(Capabilities.MAIL_MANAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a test mail to an address, to check the SMTP settings (administrators; audited)")
    public Response test(@Valid @NotNull TestMailRequest r) {
        return Response.status(Response.Status.ACCEPTED).entity(MailView.of(outbox.sendTest(r.to(), caller.actor()))).build();
    }

    private static MailStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MailStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mail.status", "The status must be PENDING, SENT or FAILED");
        }
    }

    public record TestMailRequest(@NotNull(message = "{lms.validation.required}")
                                  @Size(min = 3, max = 254, message = "{lms.validation.email}") String to) {
    }

    public record MailListView(boolean configured, boolean linksAbsolute, Map<MailStatus, Long> counts,
                               List<MailView> items, long total, int page, int size) {
    }

    public record MailView(String id, String recipient, String subject, String cause, MailStatus status, int attempts,
                           Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Instant sentAt,
                           String lastError) {

        static MailView of(OutgoingMail m) {
            return new MailView(m.id(), m.recipient(), m.subject(), m.cause(), m.status(), m.attempts(), m.createdAt(),
                    m.nextAttemptAt().orElse(null), m.lastAttemptAt().orElse(null), m.sentAt().orElse(null),
                    m.lastError().orElse(null));
        }
    }
}
