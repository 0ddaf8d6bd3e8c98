package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.access.AccessPolicy;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.staff.StaffCsv;
import jp.medsec.lms.core.application.staff.StaffCsv.Problem;
import jp.medsec.lms.core.application.staff.StaffCsv.Row;
import jp.medsec.lms.core.application.staff.StaffImportService;
import jp.medsec.lms.core.domain.model.institution.Department;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.InstitutionRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultStaffImportService implements StaffImportService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

    @Inject
    InstitutionRepository institutions;

    @Inject
    LearnerRepository learners;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    InvitationTokens tokens;

    @Inject
    Clock clock;

    @Override
    public Report importStaff(Actor actor, String institutionId, byte[] csv, boolean dryRun) {
        Institution institution = institutions.find(institutionId).orElseThrow(() -> new NotFoundException("institution", institutionId));
        Learner me = learners.find(actor.learnerId()).orElseThrow(() -> new NotFoundException("learner", actor.learnerId()));
        policy.requirePartOf(me, institution);
        String onlyDepartment = policy.departmentLimit(me, institution);

        StaffCsv.Result read = StaffCsv.read(csv);
        List<Problem> problems = new ArrayList<>(read.problems());
        List<String> toCreate = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (Row row : read.rows()) {
            Integer first = seen.putIfAbsent(row.email(), row.line());
            if (first != null) {
                problems.add(new Problem(row.line(), "email", "staff.csv.duplicate:" + first));
                continue;
            }
            Optional<Department> department = department(institution, row, onlyDepartment, problems);
            if (department == null) {
                continue;
            }
            Optional<Learner> existing = learners.findByEmail(row.email());
            if (existing.isPresent()) {
                boolean here = existing.get().institution().map(i -> i.id().equals(institution.id())).orElse(false);
                if (here) {
                    unchanged.add(row.email());
                } else {
                    problems.add(new Problem(row.line(), "email", "staff.csv.account-elsewhere"));
                }
                continue;
            }
            toCreate.add(row.email());
            plan.add(new Planned(row, department.orElse(null)));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        if (dryRun || !problems.isEmpty()) {
            return new Report(read.encoding(), read.rows().size() + countRowProblems(read), problems, toCreate, unchanged, List.of(), false);
        }
        Instant now = clock.instant();
        List<Invitation> invitations = new ArrayList<>();
        for (Planned p : plan) {
            String token = tokens.newToken();
            Instant expires = now.plus(INVITATION_VALIDITY);
            learners.store(Learner.invited(p.row().email(), p.row().fullName(), p.row().fullNameKana(), p.row().job(),
                    institution, p.department(), tokens.hash(token), expires, now));
            invitations.add(new Invitation(p.row().line(), p.row().email(), p.row().fullName(), token, expires));
        }
        audit.record(AuditLog.STAFF_IMPORTED, actor.learnerId(), institution.id(), actor.address(),
                invitations.size() + " created, " + unchanged.size() + " unchanged (" + read.encoding() + ")");
        return new Report(read.encoding(), read.rows().size(), problems, toCreate, unchanged, invitations, true);
    }

    private record Planned(Row row, Department department) {
    }

    private static int countRowProblems(StaffCsv.Result read) {
        return (int) read.problems().stream().filter(p -> p.line() > 1).map(Problem::line).distinct().count();
    }

    /** The row's department (empty for none); null when the row is refused. */
    private static Optional<Department> department(Institution institution, Row row, String onlyDepartment, List<Problem> problems) {
        if (row.department() == null) {
            return onlyDepartment == null ? Optional.empty() : institution.department(onlyDepartment);
        }
        Optional<Department> named = institution.departments().stream().filter(d -> d.name().equals(row.department())).findFirst();
        if (named.isEmpty()) {
            problems.add(new Problem(row.line(), "department", "staff.csv.unknown-department"));
            return null;
        }
        if (onlyDepartment != null && !named.get().id().equals(onlyDepartment)) {
            problems.add(new Problem(row.line(), "department", "staff.csv.other-department"));
            return null;
        }
        return named;
    }
}
