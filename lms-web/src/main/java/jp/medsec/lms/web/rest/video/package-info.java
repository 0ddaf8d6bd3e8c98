/**
 * Video activity files over HTTP: trainers upload videos and WebVTT subtitles and list them ({@code /api/media}),
 * learners' players fetch a course's video with range requests and its subtitle tracks
 * ({@code /api/courses/{courseId}/activities/{activityId}/video}, {@code .../subtitles/{lang}}). Files are streamed
 * from disk by {@link jp.medsec.lms.web.rest.video.MediaResponses}, never read whole into memory.
 */
package jp.medsec.lms.web.rest.video;
