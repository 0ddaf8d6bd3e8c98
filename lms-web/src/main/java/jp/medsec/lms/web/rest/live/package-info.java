/**
 * Live sessions over HTTP: the sessions of a live-session activity for learners, managers and those who run them
 * ({@code LiveSessionsResource}), the sessions page's list of activities, and calendars: the learner's
 * {@code .ics} download and feed address ({@code MyCalendarResource}) and the feed itself, opened by its secret
 * ({@code CalendarFeedResource}).
 */
package jp.medsec.lms.web.rest.live;
