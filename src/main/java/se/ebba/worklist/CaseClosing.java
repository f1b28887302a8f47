package se.ebba.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.worklist.domain.CaseActivity;
import se.ebba.worklist.domain.ClosingPolicy;
import se.ebba.worklist.internal.CaseActivities;

/**
 * The daily job that closes ongoing cases without applications for the unit's set number of months
 * (PROCESS.md §4), by the {@link ClosingPolicy}. The case file records each closing with its reason,
 * by the system actor. Each case is closed in a transaction of its own; a case changed by someone
 * at the same moment is left for the next run.
 */
@Service
public class CaseClosing {

    private static final Logger log = LoggerFactory.getLogger(CaseClosing.class);

    private final CaseActivities activities;
    private final UnitProcessSettings settings;
    private final CaseFiles caseFiles;
    private final Clock clock;

    CaseClosing(CaseActivities activities, UnitProcessSettings settings, CaseFiles caseFiles, Clock clock) {
        this.activities = activities;
        this.settings = settings;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    /** Every night (Swedish time; {@code ebba.worklist.closing-cron}). */
    @Scheduled(cron = "${ebba.worklist.closing-cron:0 30 2 * * *}", zone = "Europe/Stockholm")
    void closeInactiveCases() {
        Report report = run(clock, Optional.empty());
        log.info("Closing job: {} cases closed, {} kept open", report.closed().size(), report.keptOpen());
    }

    /** Runs the job on the day of the clock for all units, or for one (tests use a fixed clock and their own unit). */
    public Report run(Clock at, Optional<UnitId> unit) {
        LocalDate today = LocalDate.now(at);
        List<CaseId> closed = new ArrayList<>();
        int kept = 0;
        for (CaseActivities.Followed c : activities.ongoing(unit)) {
            Optional<CaseActivity> activity = activities.activity(c.caseId());
            if (activity.isEmpty()) {
                continue;
            }
            ClosingPolicy.Outcome outcome = ClosingPolicy.assess(activity.get(), settings.validOn(c.unit(), today), today);
            if (outcome instanceof ClosingPolicy.Outcome.Close close) {
                try {
                    caseFiles.closeAsSystem(c.caseId(), close.reason());
                    closed.add(c.caseId());
                } catch (ConcurrentEditException e) {
                    kept++;
                }
            } else {
                kept++;
            }
        }
        return new Report(closed, kept);
    }

    public record Report(List<CaseId> closed, int keptOpen) {
    }
}
