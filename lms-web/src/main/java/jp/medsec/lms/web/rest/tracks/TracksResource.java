package jp.medsec.lms.web.rest.tracks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.track.Track;
import jp.medsec.lms.web.rest.TextView;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Anyone may browse the catalog; no login needed. */
@Path("tracks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TracksResource {

    @Inject
    CatalogService catalog;

    @GET
    @Operation(summary = "The five training tracks, in programme order, with their number of published courses")
    public List<TrackView> tracks() {
        return catalog.tracks().stream().map(s -> TrackView.of(s.track(), s.courseCount())).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One track with its published courses")
    public TrackDetailView track(@PathParam("code") String code) {
        Track track = catalog.track(code);
        List<CourseSummaryView> courses = catalog.publishedCourses(track.code()).stream().map(CourseSummaryView::of).toList();
        TrackView view = TrackView.of(track, courses.size());
        return new TrackDetailView(view.code(), view.position(), view.name(), view.audience(), view.description(), courses);
    }

    public record TrackView(String code, int position, TextView name, TextView audience, TextView description,
                            long courseCount) {

        static TrackView of(Track t, long courseCount) {
            return new TrackView(t.code(), t.position(), TextView.of(t.name()), TextView.of(t.audience()),
                    TextView.of(t.description()), courseCount);
        }
    }

    public record TrackDetailView(String code, int position, TextView name, TextView audience, TextView description,
                                  List<CourseSummaryView> courses) {
    }

    public record CourseSummaryView(String id, String slug, TextView title, TextView summary, int minutes) {

        public static CourseSummaryView of(Course c) {
            return new CourseSummaryView(c.id(), c.slug(), TextView.of(c.title()), TextView.of(c.summary()), c.minutes());
        }
    }
}
