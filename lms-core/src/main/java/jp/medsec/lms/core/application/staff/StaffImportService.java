package jp.medsec.lms.core.application.staff;

import jp.medsec.lms.core.application.Actor;

import java.time.Instant;
import java.util.List;

/**
 * Imports a staff list into an institution. A dry run reports what would happen; a real run imports nothing
 * unless the whole file is clean. New staff get an account without a password and an invitation to set one.
 */
public interface StaffImportService {

    Report importStaff(Actor actor, String institutionId, byte[] csv, boolean dryRun);

    /**
     * What the file holds: rows read, problems by line, accounts to create, people already staff here, and (after a
     * real run) the invitations, whose tokens are shown this once and stored only as hashes.
     */
    record Report(String encoding, int rows, List<StaffCsv.Problem> problems, List<String> toCreate, List<String> unchanged,
                  List<Invitation> invitations, boolean imported) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    record Invitation(int line, String email, String fullName, String token, Instant expiresAt) {
    }
}
