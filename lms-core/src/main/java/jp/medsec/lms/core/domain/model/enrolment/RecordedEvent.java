package jp.medsec.lms.core.domain.model.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event a learner recorded on an activity ("viewed", "marked-done", ...), stored as given so that an
 * activity plugin can replay all of them to decide completion. Append-only.
 */
@Entity
@Table(name = "lms_activity_event", indexes = @Index(name = "ix_event_enrolment_activity",
        columnList = "enrolment_id, activity_id"))
@NamedQuery(name = "RecordedEvent.findFor",
        query = "SELECT e FROM RecordedEvent e WHERE e.enrolmentId = :enrolment AND e.activityId = :activity"
                + " AND COALESCE(e.round, 1) = :round ORDER BY e.occurredAt, e.sequence")
public class RecordedEvent {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    public static final int MAX_PAYLOAD = 8_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "enrolment_id", nullable = false, length = 36)
    private String enrolmentId;

    @Column(name = "activity_id", nullable = false, length = 36)
    private String activityId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String type;

    @Lob
    @Column(nullable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The enrolment's round (受講回) the event belongs to; null in rows written before rounds existed (round 1). */
    @Column(name = "round_no")
    private Integer round;

    /** Orders events that share a timestamp (the clock's resolution can be coarse). */
    @Column(nullable = false)
    private long sequence;

    protected RecordedEvent() {
    }

    public RecordedEvent(Enrolment enrolment, String activityId, String type, String payload, Instant occurredAt) {
        Objects.requireNonNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new InvalidInputException("event.type", "Event type must be lower-case letters, digits or hyphens");
        }
        Objects.requireNonNull(payload, "payload");
        if (payload.length() > MAX_PAYLOAD) {
            throw new InvalidInputException("event.payload-too-large", "Event payload is larger than " + MAX_PAYLOAD + " characters");
        }
        this.id = Ids.newId();
        this.enrolmentId = enrolment.id();
        this.round = enrolment.round();
        this.activityId = Objects.requireNonNull(activityId, "activityId");
        this.type = type;
        this.payload = payload;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.sequence = System.nanoTime();
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
