package se.ebba.worklist;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.shared.NotFoundException;

/**
 * Återaktualisera: reopens a closed case with the return period the unit's settings give today
 * (PROCESS.md §4). The case file chooses where it goes and records it; this only supplies the setting.
 */
@Service
public class CaseReopening {

    private final CaseFiles caseFiles;
    private final UnitProcessSettings settings;
    private final Clock clock;

    CaseReopening(CaseFiles caseFiles, UnitProcessSettings settings, Clock clock) {
        this.caseFiles = caseFiles;
        this.settings = settings;
        this.clock = clock;
    }

    public CaseRef reopen(CaseId id, int expectedVersion, String reason, CurrentUser user) {
        // The unit only picks the setting; CaseFiles.reopen checks the user's access (404 and a DENIED row for another unit's case).
        int months = caseFiles.unitOf(id).map(unit -> settings.validOn(unit, LocalDate.now(clock)).returnWithinMonths())
                .orElseThrow(() -> new NotFoundException("Ärendet finns inte eller tillhör inte din enhet."));
        return caseFiles.reopen(id, expectedVersion, months, reason, user);
    }
}
