package jp.medsec.lms.core.domain.model.institution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A medical institution whose staff take the training; the bed count must fit its kind. */
@Entity
@Table(name = "lms_institution")
@NamedQuery(name = "Institution.findAll", query = "SELECT i FROM Institution i ORDER BY i.prefecture, i.name")
public class Institution {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Prefecture prefecture;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InstitutionKind kind;

    @Column(nullable = false)
    private int beds;

    @OneToMany(mappedBy = "institution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Department> departments = new ArrayList<>();

    protected Institution() {
    }

    public Institution(String name, Prefecture prefecture, InstitutionKind kind, int beds) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("institution.name", "Institution name must be 1-200 characters");
        }
        this.id = Ids.newId();
        this.name = name.strip();
        this.prefecture = Objects.requireNonNull(prefecture, "prefecture");
        this.kind = Objects.requireNonNull(kind, "kind");
        changeBeds(beds);
    }

    public void changeBeds(int newBeds) {
        if (!kind.allows(newBeds)) {
            throw new InvalidInputException("institution.beds",
                    "A " + kind + " cannot have " + newBeds + " beds");
        }
        this.beds = newBeds;
    }

    /** Adds a department; a second one with the same name is refused. */
    public Department addDepartment(String name) {
        if (departments.stream().anyMatch(d -> d.name().equals(name.strip()))) {
            throw new InvalidInputException("department.name-taken", "This institution already has a department " + name);
        }
        Department department = new Department(this, name);
        departments.add(department);
        return department;
    }

    public Optional<Department> department(String departmentId) {
        return departments.stream().filter(d -> d.id().equals(departmentId)).findFirst();
    }

    public List<Department> departments() {
        return Collections.unmodifiableList(departments);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Prefecture prefecture() {
        return prefecture;
    }

    public InstitutionKind kind() {
        return kind;
    }

    public int beds() {
        return beds;
    }
}
