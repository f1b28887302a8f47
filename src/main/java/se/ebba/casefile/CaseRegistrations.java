package se.ebba.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.BirthDayAllocationPolicy;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.HouseholdMember;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.casefile.domain.OpenCasePolicy;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.NewPerson;
import se.ebba.identity.Persons;
import se.ebba.identity.Units;
import se.ebba.identity.domain.InvalidPersonalNumberException;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Registering a household (the case file's part behind {@link CaseFiles#registerHousehold}): checks
 * the people, the duplicate check of open cases, the unit's records of the people, the new case
 * and its allocation, the log row and the events.
 */
@Component
class CaseRegistrations {

    private final Cases cases;
    private final Persons persons;
    private final Units units;
    private final AccessLog accessLog;
    private final CaseAccess access;
    private final CaseViews views;
    private final OpenCaseCheck openCases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseRegistrations(Cases cases, Persons persons, Units units, AccessLog accessLog, CaseAccess access, CaseViews views,
                      OpenCaseCheck openCases, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.persons = persons;
        this.units = units;
        this.accessLog = accessLog;
        this.access = access;
        this.views = views;
        this.openCases = openCases;
        this.events = events;
        this.clock = clock;
    }

    /** Registers the household and opens its case at intake; allocates by the birth-day rule unless a caseworker is given. */
    @Transactional
    CaseRef registerHousehold(HouseholdRegistration registration, CurrentUser user) {
        if (!user.registersHouseholds()) {
            access.deniedOutsideCase(user, registration.unit(), "Rollen får inte registrera hushåll");
            throw new ForbiddenException("Din roll får inte registrera hushåll.");
        }
        if (registration.unit() == null || !user.belongsTo(registration.unit())) {
            throw new InvalidInputException("unitCode", "Välj en enhet som du arbetar på.");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        Map<String, PersonalNumber> numbers = new HashMap<>();
        checkPerson(registration.applicant(), "applicant", true, errors, numbers, today);
        if (registration.coApplicant() != null && !registration.coApplicant().isEmpty()) {
            checkPerson(registration.coApplicant(), "coApplicant", true, errors, numbers, today);
        }
        for (int i = 0; i < registration.children().size(); i++) {
            checkPerson(registration.children().get(i), "children[" + i + "]", false, errors, numbers, today);
        }
        for (int i = 0; i < registration.otherAdults().size(); i++) {
            checkPerson(registration.otherAdults().get(i), "otherAdults[" + i + "]", true, errors, numbers, today);
        }
        checkAges(numbers, today, errors);
        checkDuplicates(numbers, errors);
        UserId chosenCaseworker = registration.caseworker();
        if (chosenCaseworker != null) {
            if (!user.allocatesCases()) {
                errors.add(new FieldError("caseworker", "Bara arbetsledaren kan välja handläggare. Lämna fältet tomt så fördelas ärendet enligt födelsedatum."));
            } else if (!isCaseworkerOf(chosenCaseworker, registration.unit())) {
                errors.add(new FieldError("caseworker", "Välj en handläggare på enheten."));
            }
        }
        if (errors.isEmpty()) {
            // The duplicate check (docs/intake.md): no second open case, here or at another unit.
            for (String field : List.of("applicant", "coApplicant")) {
                if (numbers.containsKey(field)) {
                    OpenCasePolicy.Outcome open = openCases.check(numbers.get(field), registration.unit(), user);
                    if (!open.allowsNewCase()) {
                        errors.add(new FieldError(field + ".personalNumber", open.message()));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        List<HouseholdMember> household = new ArrayList<>();
        String familyName = registration.applicant().lastName();
        register(registration.applicant(), "applicant", null, HouseholdRole.APPLICANT, registration.unit(), numbers, household, errors, user);
        if (numbers.containsKey("coApplicant")) {
            register(registration.coApplicant(), "coApplicant", null, HouseholdRole.CO_APPLICANT, registration.unit(), numbers, household,
                    errors, user);
        }
        for (int i = 0; i < registration.children().size(); i++) {
            register(registration.children().get(i), "children[" + i + "]", familyName, HouseholdRole.CHILD, registration.unit(), numbers,
                    household, errors, user);
        }
        for (int i = 0; i < registration.otherAdults().size(); i++) {
            register(registration.otherAdults().get(i), "otherAdults[" + i + "]", null, HouseholdRole.OTHER_ADULT, registration.unit(),
                    numbers, household, errors, user);
        }
        if (!errors.isEmpty()) {
            // The transaction rolls back: nothing of this registration is kept.
            throw new InvalidInputException(errors);
        }
        for (HouseholdMember member : household) {
            if (member.role() == HouseholdRole.APPLICANT || member.role() == HouseholdRole.CO_APPLICANT) {
                List<CaseNumber> open = cases.openCasesAsApplicant(member.person(), registration.unit());
                if (!open.isEmpty()) {
                    String field = member.role() == HouseholdRole.APPLICANT ? "applicant.personalNumber" : "coApplicant.personalNumber";
                    throw new InvalidInputException(field, "Personen har redan ett aktuellt ärende på enheten: " + open.getFirst().value()
                            + ". Öppna det ärendet i stället.");
                }
            }
        }

        Instant now = clock.instant();
        CaseNumber number = cases.nextNumber(LocalDate.now(clock).getYear());
        AssistanceCase newCase = AssistanceCase.open(CaseId.random(), number, registration.unit(), user.id(), now);
        if (chosenCaseworker != null) {
            newCase.assignTo(chosenCaseworker, AssignmentMethod.TEAM_LEAD, user.id(), now, "Vald vid registrering");
        } else {
            new BirthDayAllocationPolicy(cases.activeBirthDayRanges(registration.unit()))
                    .caseworkerFor(numbers.get("applicant").birthDay())
                    .ifPresent(cw -> newCase.assignTo(cw, AssignmentMethod.BY_BIRTH_DAY, user.id(), now,
                            "Sökandens födelsedag: " + numbers.get("applicant").birthDay()));
        }
        cases.add(newCase, household);
        accessLog.record(user, AccessEvent.ofCase(AccessAction.REGISTER_HOUSEHOLD, newCase.unit(), newCase.id().value(),
                number.value(), newCase.isResponsible(user.id()), "Hushåll med " + household.size() + " personer"));
        events.publishEvent(new CaseOpened(newCase.id(), newCase.unit(), now));
        if (newCase.responsibleCaseworker() != null) {
            events.publishEvent(new CaseworkerAssigned(newCase.id(), newCase.responsibleCaseworker(),
                    newCase.newAssignments().getFirst().method(), now));
        }
        return new CaseRef(newCase.id(), number, newCase.unit(), newCase.state(), newCase.responsibleCaseworker(),
                newCase.isResponsible(user.id()));
    }

    private static void checkPerson(PersonInput p, String field, boolean needsLastName, List<FieldError> errors,
                                    Map<String, PersonalNumber> numbers, LocalDate today) {
        if (p == null) {
            errors.add(new FieldError(field + ".personalNumber", "Ange sökandens personnummer."));
            return;
        }
        try {
            numbers.put(field, PersonalNumber.parse(p.personalNumber(), today));
        } catch (InvalidPersonalNumberException e) {
            errors.add(new FieldError(field + ".personalNumber", e.getMessage()));
        }
        if (p.firstName() == null || p.firstName().isBlank()) {
            errors.add(new FieldError(field + ".firstName", "Ange förnamn."));
        } else if (p.firstName().length() > 100) {
            errors.add(new FieldError(field + ".firstName", "Förnamnet får vara högst 100 tecken."));
        }
        if (needsLastName && (p.lastName() == null || p.lastName().isBlank())) {
            errors.add(new FieldError(field + ".lastName", "Ange efternamn."));
        } else if (p.lastName() != null && p.lastName().length() > 100) {
            errors.add(new FieldError(field + ".lastName", "Efternamnet får vara högst 100 tecken."));
        }
    }

    private static void checkAges(Map<String, PersonalNumber> numbers, LocalDate today, List<FieldError> errors) {
        numbers.forEach((field, number) -> {
            int age = Period.between(number.birthDate(), today).getYears();
            if ((field.equals("applicant") || field.equals("coApplicant")) && age < 18) {
                errors.add(new FieldError(field + ".personalNumber",
                        "Den som söker måste vara minst 18 år. Registrera barnet i föräldrarnas hushåll."));
            }
            // Children and school youth live at home up to 20 (RULES.md §2: 19–20 only while in school).
            if (field.startsWith("children") && age > 20) {
                errors.add(new FieldError(field + ".personalNumber", "Personen är över 20 år. Registrera som annan vuxen i hushållet."));
            }
        });
    }

    private static void checkDuplicates(Map<String, PersonalNumber> numbers, List<FieldError> errors) {
        Set<PersonalNumber> seen = new HashSet<>();
        numbers.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(CaseRegistrations::fieldOrder)))
                .forEach(e -> {
                    if (!seen.add(e.getValue())) {
                        errors.add(new FieldError(e.getKey() + ".personalNumber", "Samma personnummer finns redan i hushållet."));
                    }
                });
    }

    private static String fieldOrder(String field) {
        return (field.equals("applicant") ? "0" : field.equals("coApplicant") ? "1" : "2") + field;
    }

    /** Registers the person as the unit's record; a different name under the same personnummer in the unit is refused. */
    private void register(PersonInput p, String field, String defaultLastName, HouseholdRole role, UnitId unit,
                          Map<String, PersonalNumber> numbers, List<HouseholdMember> household, List<FieldError> errors, CurrentUser user) {
        String lastName = p.lastName() == null || p.lastName().isBlank() ? defaultLastName : p.lastName();
        Persons.Registration outcome = persons.register(unit, new NewPerson(numbers.get(field), p.firstName(), lastName == null ? "" : lastName,
                p.protectedIdentity(), p.streetAddress(), p.postalCode(), p.city()), user);
        switch (outcome) {
            case Persons.Registration.Registered registered -> household.add(new HouseholdMember(registered.id(), role));
            case Persons.Registration.NameDiffers ignored -> errors.add(new FieldError(field + ".personalNumber",
                    "Personnumret finns redan på enheten med ett annat namn. Kontrollera personnumret och namnet, "
                            + "eller sök fram personen och använd det namn enheten har registrerat."));
        }
    }

    private boolean isCaseworkerOf(UserId user, UnitId unit) {
        return views.isCaseworkerOf(user, unit);
    }
}
