package jp.medsec.lms.core.domain.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A sequence the certificates draw from, locked while drawing: the numbers of a track and year
 * ({@code STF-2026}), and the revocation-list positions ({@code status-index}).
 */
@Entity
@Table(name = "lms_certificate_counter")
public class CertificateCounter {

    @Id
    @Column(length = 40)
    private String name;

    /** The last value drawn ("last" itself is a reserved word in Derby). */
    @Column(name = "last_drawn", nullable = false)
    private int lastDrawn;

    protected CertificateCounter() {
    }

    public CertificateCounter(String name) {
        this.name = name;
        this.lastDrawn = 0;
    }

    public int next() {
        return ++lastDrawn;
    }
}
