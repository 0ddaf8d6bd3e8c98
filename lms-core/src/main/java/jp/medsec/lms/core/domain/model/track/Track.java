package jp.medsec.lms.core.domain.model.track;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.LocalizedText;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A track of the programme: an audience with its own courses. Its short code (EXE, SYS, ...) is public,
 * stable and used in URLs and certificate numbers.
 */
@Entity
@Table(name = "lms_track")
@NamedQuery(name = "Track.findAll", query = "SELECT t FROM Track t ORDER BY t.position")
public class Track {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,8}");

    @Id
    @Column(length = 8)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ja", column = @Column(name = "name_ja", length = 200, nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 200))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ja", column = @Column(name = "audience_ja", length = 1000, nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "audience_en", length = 1000))})
    private LocalizedText audience;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ja", column = @Column(name = "description_ja", length = 4000, nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 4000))})
    private LocalizedText description;

    protected Track() {
    }

    public Track(String code, int position, LocalizedText name, LocalizedText audience, LocalizedText description) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("track.code", "Track code must be 2-8 capital letters: " + code);
        }
        this.code = code;
        this.position = position;
        this.name = Objects.requireNonNull(name, "name");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.description = Objects.requireNonNull(description, "description");
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText audience() {
        return audience;
    }

    public LocalizedText description() {
        return description;
    }
}
