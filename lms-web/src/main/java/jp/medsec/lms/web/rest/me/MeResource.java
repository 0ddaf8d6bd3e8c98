package jp.medsec.lms.web.rest.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.core.application.EnrolmentService;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.TextView;
import jp.medsec.lms.web.rest.courses.CourseViews.ProgressView;
import jp.medsec.lms.web.rest.courses.CourseViews.TrackRef;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    Caller caller;

    @GET
    @Path("enrolments")
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "The caller's enrolments with progress, newest first")
    public List<EnrolmentView> enrolments() {
        return enrolments.enrolments(caller.learnerId()).stream()
                .map(e -> new EnrolmentView(e.course().id(), e.enrolledAt(),
                        new CourseRef(e.course().id(), TextView.of(e.course().title()),
                                new TrackRef(e.course().track().code(), TextView.of(e.course().track().name()))),
                        ProgressView.of(e.progress())))
                .toList();
    }

    public record CourseRef(String id, TextView title, TrackRef track) {
    }

    public record EnrolmentView(String courseId, Instant enrolledAt, CourseRef course, ProgressView progress) {
    }
}
