package jp.medsec.lms.activity.video.media;

/** What a stored file is for: a {@code source.file} (a video) or a {@code subtitles[].file} (WebVTT). */
public enum MediaKind {
    VIDEO, SUBTITLES
}
