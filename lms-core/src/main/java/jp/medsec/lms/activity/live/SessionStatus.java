package jp.medsec.lms.activity.live;

/** Where a live session stands: planned, taken place, or called off (then it stays in calendars as cancelled). */
public enum SessionStatus {
    SCHEDULED, HELD, CANCELLED
}
