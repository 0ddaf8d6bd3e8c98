/**
 * The {@code video} activity type: a recorded video (an uploaded MP4/WebM file or an https link to one), with
 * optional WebVTT subtitles, complete when the learner has actually played a share of it. Pure domain: the merged
 * watched time ({@link jp.medsec.lms.activity.video.WatchedIntervals}, with the rule that bounds play by the
 * server's clock), settings ({@link jp.medsec.lms.activity.video.VideoSettings}), upload checks and stored names
 * ({@link jp.medsec.lms.activity.video.VideoUpload}), subtitle checks ({@link jp.medsec.lms.activity.video.WebVtt})
 * and HTTP range decisions ({@link jp.medsec.lms.activity.video.ByteRange}). Uploaded files are stored by
 * {@code video.media}; {@code video.recording} passes the watched share to live sessions whose recording a video is.
 * The REST resources are in lms-web ({@code web.rest.video}), the player in {@code js/activities/video.js}
 * (docs/live-and-video.md).
 */
package jp.medsec.lms.activity.video;
