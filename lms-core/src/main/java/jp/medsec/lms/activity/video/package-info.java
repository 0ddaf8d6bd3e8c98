/**
 * The {@code video} activity type: a recorded video (an uploaded MP4/WebM file or an https link to one), with
 * optional WebVTT subtitles, complete when the learner has actually played a share of it. Pure domain: the merged
 * watched time ({@link jp.medsec.lms.activity.video.WatchedIntervals}, with the rule that bounds play by the
 * server's clock), settings ({@link jp.medsec.lms.activity.video.VideoSettings}), upload checks and stored names
 * ({@link jp.medsec.lms.activity.video.VideoUpload}), subtitle checks ({@link jp.medsec.lms.activity.video.WebVtt})
 * and HTTP range decisions ({@link jp.medsec.lms.activity.video.ByteRange}). Storage, the REST resources that
 * upload and serve files, and the player script belong to the integrator (docs/live-and-video.md).
 */
package jp.medsec.lms.activity.video;
