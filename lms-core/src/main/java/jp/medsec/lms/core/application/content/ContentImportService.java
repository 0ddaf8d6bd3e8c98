package jp.medsec.lms.core.application.content;

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

    /** The id of what was imported (or already there) and whether this call created it. */
    record Imported(String id, boolean created) {
    }
}
