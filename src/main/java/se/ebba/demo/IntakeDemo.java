package se.ebba.demo;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.Contacts;
import se.ebba.intake.ResidenceChecks;
import se.ebba.intake.domain.AssessmentOutcome;
import se.ebba.intake.domain.ContactChannel;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.PreliminaryAssessment;

/**
 * A few fictitious contacts of the day at Östermalm's intake, loaded with the rest of the demo data
 * (same transaction): a call that ended with an application form sent, a visit by a mother whose
 * case is open, and a letter from someone who lives in Bromma and was referred there.
 */
@Component
@Profile("demo")
class IntakeDemo {

    /** Asks for the intake demo data of the unit, taken by its intake officer. */
    record Load(UnitId unit, CurrentUser intakeOfficer) {
    }

    private final Contacts contacts;
    private final ResidenceChecks residence;

    IntakeDemo(Contacts contacts, ResidenceChecks residence) {
        this.contacts = contacts;
        this.residence = residence;
    }

    @EventListener
    void load(Load request) {
        UnitId unit = request.unit();
        CurrentUser by = request.intakeOfficer();

        ContactId call = contacts.take(new Contacts.NewContact(unit, ContactChannel.PHONE, DemoData.pnr("19900315", "962"), "Sara",
                "Demo-Lind", false, null, null, null), by);
        contacts.assess(call, new PreliminaryAssessment.Input("Sara har blivit av med sitt vikariat och väntar på besked från a-kassan. "
                + "Hyran för december är inte betald.", 1, List.of(), 7200L, 0L, AssessmentOutcome.APPLICATION_FORM_SENT, false), by);
        residence.record(call, new ResidenceChecks.NewResidenceCheck("Valhallavägen 80", "114 27", "Stockholm", "Östermalm", true, 1, null, null),
                by);

        contacts.take(new Contacts.NewContact(unit, ContactChannel.VISIT, DemoData.pnr("19880503", "982"), "Tindra", "Andersson", false, null,
                null, null), by);

        ContactId letter = contacts.take(new Contacts.NewContact(unit, ContactChannel.LETTER, DemoData.pnr("19751130", "964"), "Peter",
                "Demo-Berg", false, null, null, null), by);
        residence.record(letter, new ResidenceChecks.NewResidenceCheck("Ulvsundavägen 12", "167 32", "Bromma", "Bromma", true, 2, "Bromma",
                "Bor och är folkbokförd i Bromma. Brevet är vidarebefordrat till Brommas mottagning."), by);
    }
}
