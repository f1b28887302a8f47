package se.ebba.monthly;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import se.ebba.controls.ControlsCalendar;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.domain.ProposalFlagKind;

/**
 * A check of the unit's controls calendar (årshjul, QUALITY.md) not yet done for the household, due in
 * the month the application is handled or in the benefit month: the payment officer does it before the
 * decision (e.g. the passports in January, the tax return in April). Read as the system actor of the
 * case's unit, so the preparation's read of the calendar is in the access log like any other.
 */
@Component
class ControlsProposalFlags implements ProposalFlagSource {

    private final ControlsCalendar calendar;

    ControlsProposalFlags(ControlsCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<ProposalFlag> flags(ProposalFacts facts) {
        YearMonth benefitMonth = facts.application().month();
        return calendar.undoneForPreparation(facts.application().caseId(), List.of(benefitMonth.minusMonths(1), benefitMonth)).stream()
                .map(due -> new ProposalFlag(ProposalFlagKind.CONTROL_DUE, due.check() + " (" + due.month() + ") är inte gjord."))
                .distinct()
                .toList();
    }
}
