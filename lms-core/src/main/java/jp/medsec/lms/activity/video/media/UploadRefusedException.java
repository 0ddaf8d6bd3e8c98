package jp.medsec.lms.activity.video.media;

import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.util.List;

/**
 * An upload was not stored: each problem says why, in the uploader's language ({@code video.upload-refused} for a
 * video, {@code video.subtitles-refused} for a subtitle file; the field is {@code file}).
 */
public class UploadRefusedException extends InvalidInputException {

    public UploadRefusedException(String code, List<String> messages) {
        super(code, String.join(" ", messages), messages.stream().map(m -> new FieldProblem("file", m)).toList());
    }
}
