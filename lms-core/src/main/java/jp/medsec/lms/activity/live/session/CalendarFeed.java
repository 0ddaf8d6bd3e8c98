package jp.medsec.lms.activity.live.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.medsec.lms.activity.live.FeedToken;

import java.time.Instant;
import java.util.Objects;

/**
 * A learner's subscribed calendar: only the SHA-256 of the secret in its address ({@link FeedToken}), unique and
 * looked up by. One per learner; renewing replaces the hash, so every app holding the old address loses it.
 */
@Entity
@Table(name = "lms_live_calendar_feed")
@NamedQuery(name = "CalendarFeed.byHash", query = "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash")
public class CalendarFeed {

    @Id
    @Column(name = "learner_id", length = 36)
    private String learnerId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(String learnerId, FeedToken token, Instant now) {
        this.learnerId = Objects.requireNonNull(learnerId, "learnerId");
        renew(token, now);
    }

    public void renew(FeedToken token, Instant now) {
        this.tokenHash = token.hash();
        this.issuedAt = now;
    }

    public String learnerId() {
        return learnerId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
