package se.ebba.intake.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.Contacts;
import se.ebba.intake.EmergencyAssistance;
import se.ebba.intake.ResidenceChecks;
import se.ebba.intake.domain.AssessmentOutcome;
import se.ebba.intake.domain.ChildrenUnitContact;
import se.ebba.intake.domain.ContactChannel;
import se.ebba.intake.domain.EmergencyNeed;
import se.ebba.intake.domain.PreliminaryAssessment;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormValues;

/** The forms of the intake pages, one record per form, as the browser posts them. */
final class IntakeForms {

    private IntakeForms() {
    }

    record LookupForm(String unitId, @Size(max = 20) String personalNumber) {
    }

    record ContactForm(String unitId, String channel, @Size(max = 20) String personalNumber, @Size(max = 100) String firstName,
                       @Size(max = 100) String lastName, String protectedIdentity, @Size(max = 200) String streetAddress,
                       @Size(max = 10) String postalCode, @Size(max = 100) String city) {

        static ContactForm empty(String unitId) {
            return new ContactForm(unitId, ContactChannel.PHONE.name(), "", "", "", null, "", "", "");
        }

        Contacts.NewContact toNewContact() {
            return new Contacts.NewContact(unit(unitId), FormValues.choice(ContactChannel.class, channel), personalNumber, firstName, lastName,
                    checked(protectedIdentity), streetAddress, postalCode, city);
        }
    }

    record AssessmentForm(@Size(max = 20000) String account, @Size(max = 2) String adults, @Size(max = 100) String childrenAges,
                          @Size(max = 20) String housingCost, @Size(max = 20) String income, String outcome, String insists) {

        static AssessmentForm empty() {
            return new AssessmentForm("", "1", "", "", "", "", null);
        }

        PreliminaryAssessment.Input toInput() {
            List<FieldError> errors = new ArrayList<>();
            Long adultCount = number(adults, "adults", "Ange antal vuxna som en siffra.", errors);
            Long housing = number(housingCost, "housingCost", "Skriv boendekostnaden i hela kronor, t.ex. 7 800.", errors);
            Long incomes = number(income, "income", "Skriv inkomsterna i hela kronor, t.ex. 4 500 (0 om inga).", errors);
            List<Integer> ages = new ArrayList<>();
            if (childrenAges != null && !childrenAges.isBlank()) {
                for (String part : childrenAges.split("[,;\\s]+")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    try {
                        ages.add(Integer.parseInt(part.strip()));
                    } catch (NumberFormatException e) {
                        errors.add(new FieldError("childrenAges", "Skriv barnens åldrar som tal åtskilda med komma, t.ex. 4, 9."));
                        break;
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new PreliminaryAssessment.Input(account, adultCount == null ? null : adultCount.intValue(), ages, housing, incomes,
                    FormValues.choice(AssessmentOutcome.class, outcome), checked(insists));
        }
    }

    record ResidenceForm(@Size(max = 200) String streetAddress, @Size(max = 10) String postalCode, @Size(max = 100) String city,
                         @Size(max = 100) String district, String registeredThere, @Size(max = 5) String peopleRegistered,
                         @Size(max = 200) String referredTo, @Size(max = 2000) String reason) {

        static ResidenceForm empty() {
            return new ResidenceForm("", "", "", "", "true", "", "", "");
        }

        ResidenceChecks.NewResidenceCheck toCheck() {
            List<FieldError> errors = new ArrayList<>();
            Long people = number(peopleRegistered, "peopleRegistered", "Ange antalet folkbokförda som en siffra.", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new ResidenceChecks.NewResidenceCheck(streetAddress, postalCode, city, district, checked(registeredThere),
                    people == null || people > 999 ? null : people.intValue(), referredTo, reason);
        }
    }

    record EmergencyForm(String need, @Size(max = 20000) String situation, @Size(max = 20) String amount, String childrenInHousehold,
                         @Size(max = 20000) String childrenNeeds, String childrenUnitContact, @Size(max = 2000) String childrenUnitNote,
                         String decision, @Size(max = 20) String grantedAmount, @Size(max = 20000) String reasons) {

        static EmergencyForm empty(boolean children) {
            return new EmergencyForm(EmergencyNeed.FOOD_MONEY.name(), "", "", children ? "true" : null, "", "", "", "", "", "");
        }

        EmergencyAssistance.EmergencyDecision toDecision() {
            List<FieldError> errors = new ArrayList<>();
            Long applied = number(amount, "amount", "Skriv beloppet i hela kronor, t.ex. 1 200.", errors);
            Long granted = number(grantedAmount, "grantedAmount", "Skriv beviljat belopp i hela kronor.", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new EmergencyAssistance.EmergencyDecision(FormValues.choice(EmergencyNeed.class, need), situation, applied,
                    checked(childrenInHousehold), blankToNull(childrenNeeds), FormValues.choice(ChildrenUnitContact.class, childrenUnitContact),
                    blankToNull(childrenUnitNote), FormValues.choice(Outcome.class, decision), granted, reasons);
        }
    }

    static UnitId unit(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return new UnitId(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean checked(String value) {
        return value != null && (value.equals("true") || value.equals("on"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Long number(String text, String field, String message, List<FieldError> errors) {
        try {
            return FormValues.amount(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
