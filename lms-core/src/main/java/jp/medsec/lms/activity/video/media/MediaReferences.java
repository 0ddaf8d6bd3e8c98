package jp.medsec.lms.activity.video.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.activity.video.VideoActivityType;
import jp.medsec.lms.activity.video.VideoSettings;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.CourseContentCheck;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.spi.InvalidSettingsException;

import java.util.ArrayList;
import java.util.List;

/**
 * A video activity's {@code source.file} must be an uploaded video and each {@code subtitles[].file} an uploaded
 * subtitle file: caught at import, a wrong id is the trainer's to fix, instead of a player that cannot load.
 */
@ApplicationScoped
public class MediaReferences implements CourseContentCheck {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Override
    public List<FieldProblem> check(CourseDocument course) {
        List<FieldProblem> problems = new ArrayList<>();
        CourseContentCheck.forEachActivity(course, (at, a) -> {
            if (!VideoActivityType.ID.equals(a.type())) {
                return;
            }
            VideoSettings settings;
            try {
                settings = VideoSettings.from(a.settings());
            } catch (InvalidSettingsException e) {
                return; // already reported by the activity type's own check
            }
            if (settings.source() instanceof VideoSettings.StoredFile file) {
                require(file.fileId(), MediaKind.VIDEO, at + ".settings", "source.file", problems);
            }
            for (int i = 0; i < settings.subtitles().size(); i++) {
                require(settings.subtitles().get(i).fileId(), MediaKind.SUBTITLES, at + ".settings",
                        "subtitles[" + i + "].file", problems);
            }
        });
        return problems;
    }

    private void require(String fileId, MediaKind kind, String at, String field, List<FieldProblem> problems) {
        StoredMedia media = em.find(StoredMedia.class, fileId);
        if (media == null) {
            problems.add(new FieldProblem(at, field + ": no uploaded file has the id '" + fileId + "'; upload it on the page "
                    + "「動画・字幕ファイル」 and copy its id"));
        } else if (media.kind() != kind) {
            problems.add(new FieldProblem(at, field + ": '" + fileId + "' is a " + (media.kind() == MediaKind.VIDEO
                    ? "video, not a subtitle file" : "subtitle file, not a video")));
        }
    }
}
