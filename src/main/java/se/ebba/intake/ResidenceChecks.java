package se.ebba.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.domain.Contact;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.ResidenceCheck;
import se.ebba.intake.domain.ResidencePolicy;
import se.ebba.intake.internal.ContactRecords;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The residence check (tillhörighetsbedömning) of a contact: address and folkbokföring, the number
 * registered at the address, and whether the district is the unit's; a person who belongs elsewhere
 * is referred, with where and why recorded. The districts are the units' own data (administration).
 */
@Service
public class ResidenceChecks {

    private final ContactRecords records;
    private final IntakeGate gate;
    private final Units units;
    private final Clock clock;

    ResidenceChecks(ContactRecords records, IntakeGate gate, Units units, Clock clock) {
        this.records = records;
        this.gate = gate;
        this.units = units;
        this.clock = clock;
    }

    /** What the user wrote on the residence form. */
    public record NewResidenceCheck(String streetAddress, String postalCode, String city, String district, boolean registeredThere,
                                    Integer peopleRegistered, String referredTo, String reason) {
    }

    /** Every district the form offers, with the unit serving it, and "Annan kommun" last. */
    public List<String> districtChoices() {
        List<String> choices = new ArrayList<>(unitByDistrict().keySet());
        choices.sort(String::compareTo);
        choices.add(ResidencePolicy.OTHER_MUNICIPALITY);
        return choices;
    }

    /** The policy of the unit: its districts, and the unit serving every other district. */
    public ResidencePolicy policyOf(UnitId unit) {
        return new ResidencePolicy(units.get(unit).districts(), unitByDistrict());
    }

    @Transactional
    public ResidenceCheck record(ContactId id, NewResidenceCheck form, CurrentUser user) {
        Contact contact = gate.contact(id, user);
        List<FieldError> errors = new ArrayList<>();
        required(form.streetAddress(), "streetAddress", "Skriv gatuadressen där personen bor.", errors);
        required(form.postalCode(), "postalCode", "Skriv postnumret.", errors);
        required(form.city(), "city", "Skriv postorten.", errors);
        if (form.peopleRegistered() == null || form.peopleRegistered() < 0 || form.peopleRegistered() > 999) {
            errors.add(new FieldError("peopleRegistered", "Ange hur många som är folkbokförda på adressen, 0–999."));
        }
        ResidencePolicy.Outcome outcome = null;
        try {
            outcome = policyOf(contact.unit()).assess(form.district(), form.registeredThere(), form.referredTo(), form.reason());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String district = form.district().strip();
        ResidenceCheck check = new ResidenceCheck(UUID.randomUUID(), id, form.streetAddress().strip(), form.postalCode().strip(),
                form.city().strip(), district.equals(ResidencePolicy.OTHER_MUNICIPALITY) ? Optional.empty() : Optional.of(district),
                form.registeredThere(), form.peopleRegistered(), outcome, clock.instant(), user.id());
        records.addResidenceCheck(check);
        gate.log(user, contact, AccessAction.RECORD_RESIDENCE_CHECK, check.belongs() ? "Tillhör enheten" : "Hänvisad till annan enhet eller kommun");
        return check;
    }

    private Map<String, String> unitByDistrict() {
        Map<String, String> byDistrict = new LinkedHashMap<>();
        for (UnitView u : units.all()) {
            u.districts().forEach(d -> byDistrict.putIfAbsent(d, u.name()));
        }
        return byDistrict;
    }

    private static void required(String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        }
    }
}
