package se.ebba.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.CaseSummary;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ItemKind;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.NewPerson;
import se.ebba.identity.PersonView;
import se.ebba.identity.Persons;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.InvalidPersonalNumberException;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.domain.AssessmentOutcome;
import se.ebba.intake.domain.Contact;
import se.ebba.intake.domain.ContactChannel;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.EmergencyAssessment;
import se.ebba.intake.domain.PreliminaryAssessment;
import se.ebba.intake.domain.ResidenceCheck;
import se.ebba.intake.internal.ContactRecords;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Intake's contacts: find or add the person, take the contact, see at once the person's current and
 * earlier cases in the unit, make the preliminary assessment with a quick estimate against the norm,
 * and register the formal application. Every view and change is logged once.
 */
@Service
public class Contacts {

    private final ContactRecords records;
    private final IntakeGate gate;
    private final Persons persons;
    private final Units units;
    private final CaseFiles caseFiles;
    private final Applications applications;
    private final NormEstimate norm;
    private final Clock clock;

    Contacts(ContactRecords records, IntakeGate gate, Persons persons, Units units, CaseFiles caseFiles, Applications applications,
             NormEstimate norm, Clock clock) {
        this.records = records;
        this.gate = gate;
        this.persons = persons;
        this.units = units;
        this.caseFiles = caseFiles;
        this.applications = applications;
        this.norm = norm;
        this.clock = clock;
    }

    /** The person as the unit has registered them (if at all) and their cases in the unit. */
    public record PersonLookup(PersonalNumber personalNumber, Optional<PersonView> person, List<CaseSummary> cases) {
    }

    /**
     * Looks the personnummer up in the unit only: one row in the access log naming the cases shown.
     * Other units are not asked here; the duplicate check runs when a case would be opened.
     */
    public PersonLookup lookUp(UnitId unit, String personalNumber, CurrentUser user) {
        gate.unit(unit, user);
        PersonalNumber number = parse(personalNumber);
        Optional<PersonView> person = persons.findIds(number, java.util.Set.of(unit)).stream().findFirst().map(id -> persons.view(id, user));
        List<CaseSummary> cases = caseFiles.casesOfPerson(number, unit, user, AccessAction.SEARCH,
                person.map(p -> new Subject(SubjectType.PERSON, p.id().value())).orElse(new Subject(SubjectType.LIST, null)),
                "Mottagning: sökning på personnummer");
        return new PersonLookup(number, person, cases);
    }

    /** A new contact: the person is found in the unit or added to it. */
    public record NewContact(UnitId unit, ContactChannel channel, String personalNumber, String firstName, String lastName,
                             boolean protectedIdentity, String streetAddress, String postalCode, String city) {
    }

    @Transactional
    public ContactId take(NewContact form, CurrentUser user) {
        gate.unit(form.unit(), user);
        List<FieldError> errors = new ArrayList<>();
        PersonalNumber number = null;
        try {
            number = PersonalNumber.parse(form.personalNumber(), LocalDate.now(clock));
        } catch (InvalidPersonalNumberException e) {
            errors.add(new FieldError("personalNumber", e.getMessage()));
        }
        if (form.channel() == null) {
            errors.add(new FieldError("channel", "Välj hur personen tog kontakt."));
        }
        if (form.firstName() == null || form.firstName().isBlank()) {
            errors.add(new FieldError("firstName", "Ange förnamn."));
        }
        if (form.lastName() == null || form.lastName().isBlank()) {
            errors.add(new FieldError("lastName", "Ange efternamn."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PersonId person = switch (persons.register(form.unit(), new NewPerson(number, form.firstName(), form.lastName(), form.protectedIdentity(),
                form.streetAddress(), form.postalCode(), form.city()), user)) {
            case Persons.Registration.Registered registered -> registered.id();
            case Persons.Registration.NameDiffers ignored -> throw new InvalidInputException("personalNumber",
                    "Personnumret finns redan på enheten med ett annat namn. Kontrollera personnumret och namnet, "
                            + "eller sök fram personen och använd det namn enheten har registrerat.");
        };
        Contact contact = Contact.take(form.unit(), person, form.channel(), clock.instant(), user.id());
        records.add(contact);
        gate.log(user, contact, AccessAction.REGISTER_CONTACT, form.channel().text());
        return contact.id();
    }

    /** Everything the contact page shows. */
    public record ContactPage(Contact contact, UnitView unit, PersonView person, List<CaseSummary> cases, Optional<PreliminaryAssessment> assessment,
                              Optional<ResidenceCheck> residence, List<EmergencyAssessment> emergencies) {

        public boolean hasOpenCase() {
            return cases.stream().anyMatch(c -> c.state() != se.ebba.casefile.domain.CaseState.CLOSED);
        }
    }

    /** The contact page: the person, their current and earlier cases in the unit and what was assessed; one log row. */
    public ContactPage open(ContactId id, CurrentUser user) {
        Contact contact = gate.contact(id, user);
        PersonView person = persons.view(contact.person(), user);
        List<CaseSummary> cases = caseFiles.casesOfPerson(PersonalNumber.parse(person.personalNumber(), LocalDate.now(clock)), contact.unit(),
                user, AccessAction.VIEW_CONTACT, new Subject(SubjectType.CONTACT, id.value()), "Kontakt i mottagningen");
        return new ContactPage(contact, units.get(contact.unit()), person, cases, records.latestAssessment(id),
                records.latestResidenceCheck(id), records.emergencies(id));
    }

    /** Today's contacts of the unit, newest first; one log row. */
    public List<ContactSummary> today(UnitId unit, CurrentUser user) {
        gate.unit(unit, user);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<ContactSummary> list = records.ofUnit(unit, from, to);
        gate.logList(user, unit, list.size());
        return list;
    }

    /** The people of a list, as the viewer may see them. */
    public java.util.Map<PersonId, PersonView> people(List<ContactSummary> contacts, CurrentUser user) {
        java.util.Map<PersonId, PersonView> byId = new java.util.HashMap<>();
        persons.view(contacts.stream().map(ContactSummary::person).distinct().toList(), user).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /**
     * Records the preliminary assessment with a quick estimate against the norm for the current month
     * (not saved as a calculation). A person who insists on applying gets a formal application: the
     * outcome is then a registered application, and the household is registered and its case opened.
     */
    @Transactional
    public PreliminaryAssessment assess(ContactId id, PreliminaryAssessment.Input input, CurrentUser user) {
        Contact contact = gate.contact(id, user);
        input.check();
        PersonView person = persons.view(contact.person(), user);
        long estimate = norm.estimate(contact.unit(), norm.input(person.birthDate(), input));
        PreliminaryAssessment assessment = new PreliminaryAssessment(UUID.randomUUID(), id, input.account().strip(), input.adults(),
                input.childrenAges(), input.housingCost(), input.income(), estimate, YearMonth.now(clock).getYear(), input.effectiveOutcome(),
                input.insists(), clock.instant(), user.id());
        records.addAssessment(assessment);
        gate.log(user, contact, AccessAction.RECORD_PRELIMINARY_ASSESSMENT, assessment.outcome().text());
        if (assessment.outcome() == AssessmentOutcome.APPLICATION_REGISTERED && !contact.hasApplication()) {
            registerApplication(contact, person, user);
        }
        return assessment;
    }

    /** Registers the formal application of the contact: the household is registered and its case opened, with the duplicate check. */
    @Transactional
    public CaseRef registerApplication(ContactId id, CurrentUser user) {
        Contact contact = gate.contact(id, user);
        return registerApplication(contact, persons.view(contact.person(), user), user);
    }

    private CaseRef registerApplication(Contact contact, PersonView person, CurrentUser user) {
        if (contact.hasApplication()) {
            throw new InvalidInputException("application", "En ansökan är redan registrerad från den här kontakten.");
        }
        CaseRef opened;
        try {
            opened = caseFiles.registerHousehold(new HouseholdRegistration(contact.unit(),
                    applicantWithAddress(contact, person),
                    null, List.of(), List.of(), null), user);
        } catch (InvalidInputException e) {
            // The household form's fields are not on this page: the messages are shown on the application button.
            throw new InvalidInputException(e.errors().stream().map(f -> new FieldError("application", f.message())).toList());
        }
        Application application;
        try {
            application = applications.register(opened.id(), new Applications.NewApplication(ApplicationKind.FIRST, YearMonth.now(clock),
                    LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), user);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(f -> new FieldError("application", f.message())).toList());
        }
        contact.registeredApplication(opened.id(), application.id().value());
        records.update(contact);
        return opened;
    }

    /** The applicant, with the address of the residence check when the person was found to belong to the unit. */
    private HouseholdRegistration.PersonInput applicantWithAddress(Contact contact, PersonView person) {
        return records.latestResidenceCheck(contact.id()).filter(ResidenceCheck::belongs)
                .map(r -> new HouseholdRegistration.PersonInput(person.personalNumber(), person.firstName(), person.lastName(), false,
                        r.streetAddress(), r.postalCode(), r.city()))
                .orElse(new HouseholdRegistration.PersonInput(person.personalNumber(), person.firstName(), person.lastName(), false, null, null,
                        null));
    }

    private PersonalNumber parse(String text) {
        try {
            return PersonalNumber.parse(text, LocalDate.now(clock));
        } catch (InvalidPersonalNumberException e) {
            throw new InvalidInputException("personalNumber", e.getMessage());
        }
    }
}
