package jp.medsec.lms.web.rest.institutions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.lms.core.application.OrganisationService.StaffRecord;
import jp.medsec.lms.core.domain.model.institution.Department;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.InstitutionKind;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.web.rest.TextView;
import jp.medsec.lms.web.rest.courses.CourseViews.ProgressView;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the institution endpoints. */
public final class InstitutionViews {

    private InstitutionViews() {
    }

    public record CreateInstitutionRequest(
            @NotBlank(message = "{lms.validation.required}") @Size(max = 200, message = "{lms.validation.size}") String name,
            @NotNull(message = "{lms.validation.required}") @Min(1) @Max(47) Integer prefectureCode,
            @NotNull(message = "{lms.validation.required}") InstitutionKind kind,
            @NotNull(message = "{lms.validation.required}") @Min(0) @Max(10_000) Integer beds) {
    }

    public record CreateDepartmentRequest(
            @NotBlank(message = "{lms.validation.required}") @Size(max = 100, message = "{lms.validation.size}") String name) {
    }

    public record DepartmentView(String id, String name) {

        static DepartmentView of(Department d) {
            return new DepartmentView(d.id(), d.name());
        }
    }

    public record InstitutionView(String id, String name, int prefectureCode, String prefecture, InstitutionKind kind,
                                  int beds, List<DepartmentView> departments) {

        static InstitutionView of(Institution i) {
            return new InstitutionView(i.id(), i.name(), i.prefecture().code(), i.prefecture().nameJa(), i.kind(), i.beds(),
                    i.departments().stream().map(DepartmentView::of).toList());
        }
    }

    public record CourseRecordView(String courseId, TextView title, String trackCode, Instant enrolledAt,
                                   ProgressView progress) {
    }

    /** A staff member's training record: who, where, and each course with progress. */
    public record StaffView(String id, String fullName, String fullNameKana, String email, JobCategory jobCategory,
                            DepartmentView department, List<CourseRecordView> courses) {

        static StaffView of(StaffRecord r) {
            var l = r.learner();
            return new StaffView(l.id(), l.fullName(), l.fullNameKana().orElse(null), l.email(), l.jobCategory(),
                    l.department().map(DepartmentView::of).orElse(null),
                    r.enrolments().stream().map(e -> new CourseRecordView(e.course().id(), TextView.of(e.course().title()),
                            e.course().track().code(), e.enrolledAt(), ProgressView.of(e.progress()))).toList());
        }
    }
}
