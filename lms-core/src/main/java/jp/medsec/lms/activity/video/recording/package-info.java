/**
 * A video activity as the recording of a course's live session (docs/live-and-video.md, "Recording link"): after
 * each {@code played} event, {@link jp.medsec.lms.activity.video.recording.RecordingLink} records the watched share
 * as {@code recording-watched} on the live-session activities that name the video's key, in the same transaction;
 * {@link jp.medsec.lms.activity.video.recording.RecordingKeys} is the course importer's check that such a key names
 * a video activity of the same course.
 */
package jp.medsec.lms.activity.video.recording;
