package se.ebba.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.domain.CaseId;
import se.ebba.application.Applications;
import se.ebba.decision.Decisions;
import se.ebba.decision.Delegations;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionType;
import se.ebba.decision.domain.DelegationPolicy;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.PersonView;
import se.ebba.identity.Persons;
import se.ebba.identity.domain.Role;
import se.ebba.intake.domain.ChildrenUnitContact;
import se.ebba.intake.domain.Contact;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.EmergencyAssessment;
import se.ebba.intake.domain.EmergencyChecklist;
import se.ebba.intake.domain.EmergencyNeed;
import se.ebba.intake.internal.ContactRecords;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Emergency assistance (nödprövning): a same-day decision on food money or temporary
 * accommodation. It is an ordinary application (one item, Nödbistånd) with an ordinary decision of
 * the decision module, so the letter and the appeal instructions follow. Only a person decides, and
 * only one who holds the delegation for emergency assistance in the unit's delegation order; for a
 * family with children the checklist must be complete first.
 */
@Service
public class EmergencyAssistance {

    private final ContactRecords records;
    private final IntakeGate gate;
    private final Persons persons;
    private final CaseFiles caseFiles;
    private final Applications applications;
    private final Decisions decisions;
    private final Delegations delegations;
    private final Calculations calculations;
    private final NormEstimate norm;
    private final Clock clock;

    EmergencyAssistance(ContactRecords records, IntakeGate gate, Persons persons, CaseFiles caseFiles, Applications applications,
                        Decisions decisions, Delegations delegations, Calculations calculations, NormEstimate norm, Clock clock) {
        this.calculations = calculations;
        this.norm = norm;
        this.records = records;
        this.gate = gate;
        this.persons = persons;
        this.caseFiles = caseFiles;
        this.applications = applications;
        this.decisions = decisions;
        this.delegations = delegations;
        this.clock = clock;
    }

    /** What the user decided on the emergency form. */
    public record EmergencyDecision(EmergencyNeed need, String situation, Long amount, boolean childrenInHousehold, String childrenNeeds,
                                    ChildrenUnitContact childrenUnitContact, String childrenUnitNote, Outcome outcome, Long grantedAmount,
                                    String reasons) {

        EmergencyChecklist checklist() {
            return new EmergencyChecklist(childrenInHousehold, Optional.ofNullable(childrenNeeds), Optional.ofNullable(childrenUnitContact),
                    Optional.ofNullable(childrenUnitNote));
        }
    }

    /** The decision made, and the case it belongs to (for the link to the decision and its letter). */
    public record Decided(CaseId caseId, UUID decisionId, Outcome outcome) {
    }

    /**
     * Makes the emergency decision: checks the form, the checklist and the user's delegation, opens
     * the case when the contact has none (with the duplicate check), registers the application and
     * makes the decision through the decision module. Nothing is kept when any step refuses.
     */
    @Transactional
    public Decided decide(ContactId id, EmergencyDecision form, CurrentUser user) {
        Contact contact = gate.contact(id, user);
        List<FieldError> errors = new ArrayList<>();
        if (form.need() == null) {
            errors.add(new FieldError("need", "Välj om nödprövningen gäller matpengar eller tillfälligt boende."));
        }
        if (form.situation() == null || form.situation().isBlank()) {
            errors.add(new FieldError("situation", "Beskriv personens akuta situation."));
        }
        if (form.amount() == null || form.amount() <= 0 || form.amount() > 100_000) {
            errors.add(new FieldError("amount", "Ange beloppet som prövas i hela kronor, 1–100 000."));
        }
        if (form.outcome() == null) {
            errors.add(new FieldError("decision", "Välj beslut: beviljas, beviljas delvis eller avslås."));
        }
        errors.addAll(form.checklist().missing());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireDelegation(contact, form.amount(), user);

        CaseId caseId = contact.caseId().orElseGet(() -> openCase(contact, user));
        contact.openedCase(caseId);
        records.update(contact);
        ensureCalculation(contact, caseId, user);
        Application application;
        Decision decision;
        try {
            application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.ONE_OFF, YearMonth.now(clock),
                    LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.EMERGENCY_ASSISTANCE,
                            "Nödbistånd: " + form.need().text().toLowerCase(java.util.Locale.ROOT), form.amount()))), user);
            decision = decisions.decide(caseId, application.id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                    application.items().getFirst().id(), form.outcome(), form.grantedAmount())), DecisionGround.NEED_ASSESSMENT,
                    form.reasons() == null ? "" : form.reasons().strip(), null), user);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(EmergencyAssistance::onThisForm).toList());
        }
        EmergencyAssessment assessment = new EmergencyAssessment(UUID.randomUUID(), id, form.need(), form.situation().strip(), form.checklist(),
                caseId, application.id().value(), decision.id(), clock.instant(), user.id());
        records.addEmergency(assessment);
        gate.log(user, contact, AccessAction.RECORD_EMERGENCY_ASSESSMENT, form.need().text() + ", " + form.outcome().text());
        return new Decided(caseId, decision.id(), form.outcome());
    }

    /** Only a user with the delegation for emergency assistance for the amount decides; the message names who has it. */
    private void requireDelegation(Contact contact, long amount, CurrentUser user) {
        DelegationPolicy policy = new DelegationPolicy(delegations.rules(contact.unit()));
        switch (policy.check(user.roles(), DecisionType.EMERGENCY_ASSISTANCE, amount, LocalDate.now(clock))) {
            case DelegationPolicy.Outcome.Allowed allowed -> {
            }
            case DelegationPolicy.Outcome.NeedsHigherDelegation higher -> throw new InvalidInputException("delegation",
                    "Du har inte delegation att pröva nödbistånd på " + se.ebba.calculation.domain.Kronor.format(amount) + " kr. Det har: "
                            + higher.roles().stream().map(Role::title).collect(Collectors.joining(", ")) + ".");
            case DelegationPolicy.Outcome.NoOneHasDelegation none -> throw new InvalidInputException("delegation",
                    "Enhetens delegationsordning ger ingen roll rätt att pröva nödbistånd på det beloppet. Nämnden beslutar.");
        }
    }

    /**
     * Every decision rests on the household's saved calculation of the month (the decision module's
     * rule). When the case has none, the household as the preliminary assessment described it is
     * calculated and saved (a single adult without costs or income when no assessment was made).
     */
    private void ensureCalculation(Contact contact, CaseId caseId, CurrentUser user) {
        if (calculations.latestSaved(caseId, YearMonth.now(clock)).isPresent()) {
            return;
        }
        CaseRef ref = caseFiles.openForChange(caseId, user, AccessAction.SAVE_CALCULATION, "Beräkning för nödprövning",
                new Subject(SubjectType.CALCULATION, caseId.value()));
        PersonView person = persons.view(contact.person(), user);
        CalculationInput input = records.latestAssessment(contact.id()).map(a -> norm.input(person.birthDate(), a))
                .orElseGet(() -> norm.input(person.birthDate(), 1, List.of(), 0, 0));
        calculations.save(caseId, ref.unit(), input, user.id());
    }

    private CaseId openCase(Contact contact, CurrentUser user) {
        PersonView person = persons.view(contact.person(), user);
        try {
            return caseFiles.registerHousehold(new HouseholdRegistration(contact.unit(),
                    new HouseholdRegistration.PersonInput(person.personalNumber(), person.firstName(), person.lastName(), false, null, null, null),
                    null, List.of(), List.of(), null), user).id();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(f -> new FieldError("decision", f.message())).toList());
        }
    }

    /** The decision module names its fields by the application's items; this form has one item. */
    private static FieldError onThisForm(FieldError f) {
        return switch (f.field()) {
            case "reasons", "delegation" -> f;
            case "item0.granted" -> new FieldError("grantedAmount", f.message());
            default -> new FieldError("decision", f.message());
        };
    }
}
