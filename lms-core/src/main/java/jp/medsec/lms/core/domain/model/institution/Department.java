package jp.medsec.lms.core.domain.model.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.util.Objects;

/** A department (診療科, 看護部, 医事課, 情報システム部 ...) of an institution; names are unique within it. */
@Entity
@Table(name = "lms_department", uniqueConstraints = @UniqueConstraint(name = "uq_department_name",
        columnNames = {"institution_id", "name"}))
public class Department {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(nullable = false, length = 100)
    private String name;

    protected Department() {
    }

    Department(Institution institution, String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("department.name", "A department name is 1-100 characters");
        }
        this.id = Ids.newId();
        this.institution = institution;
        this.name = name.strip();
    }

    public String id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public String name() {
        return name;
    }
}
