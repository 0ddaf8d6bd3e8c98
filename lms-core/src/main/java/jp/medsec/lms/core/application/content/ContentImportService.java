package jp.medsec.lms.core.application.content;

import jakarta.json.JsonObject;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.TrackDocument;

/**
 * Stores tracks and courses read by {@link ContentReader}. A course whose slug exists is left untouched
 * (import is idempotent, so seeding twice adds nothing); every activity's settings are checked by its plugin
 * first, and nothing is stored unless all are valid.
 */
public interface ContentImportService {

    Imported importTrack(TrackDocument track);

    Imported importCourse(CourseDocument course, boolean publish);

    /**
     * A trainer's import: only into tracks they may author, refused (409) when the slug exists, and audited.
     */
    Imported importCourse(Actor actor, CourseDocument course, boolean publish);

    /**
     * A trainer changes one activity's settings in a course of a track they may author (else not found): checked by the
     * activity's plugin, every problem reported, audited. Checks across a whole course document (media references,
     * recording keys) run at import only, so editors of types that need them must not use this.
     */
    void changeActivitySettings(Actor actor, String courseId, String activityId, JsonObject settings);

    /** The id of what was imported (or already there) and whether this call created it. */
    record Imported(String id, boolean created) {
    }
}
