/**
 * Uploaded video and subtitle files of the {@code video} activity: the stored-file record ({@link
 * jp.medsec.lms.activity.video.media.StoredMedia}), the storage directory and limits from configuration ({@link
 * jp.medsec.lms.activity.video.media.MediaStorage}), and the service that checks and stores uploads and finds the
 * file an enrolled learner may play ({@link jp.medsec.lms.activity.video.media.MediaService}). Files live in a
 * directory outside the web root, named only by the server ({@code <id>.mp4}); the uploader's name is a label.
 */
package jp.medsec.lms.activity.video.media;
