package jp.medsec.lms.web.rest.authoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.application.content.ContentImportService.Imported;
import jp.medsec.lms.core.application.content.ContentReader;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Optional;

/**
 * Trainers import a course written in the content format, the same reader and importer that seed the shipped
 * courses. Settings are inline (no {@code $file}); every problem is reported with its JSON path, and nothing
 * is stored unless the whole document is valid. A course is a draft unless {@code publish=true}. A trainer limited
 * to a track may import into that track only.
 */
@Path("courses")
@RequestScoped
public class CourseImportResource {

    @Inject
    ContentImportService importer;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capabilities.COURSE_AUTHOR)
    @Operation(summary = "Import a course document (trainers); 201 with its id, 409 if the slug is taken")
    public Response importCourse(String document, @QueryParam("publish") @DefaultValue("false") boolean publish) {
        var course = ContentReader.course("course", document, name -> Optional.empty());
        Imported imported = importer.importCourse(caller.actor(), course, publish);
        return Response.created(UriBuilder.fromPath("/api/courses/{id}").build(imported.id()))
                .entity(new ImportedView(imported.id(), course.slug(), publish)).build();
    }

    public record ImportedView(String id, String slug, boolean published) {
    }
}
