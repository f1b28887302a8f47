package se.ebba.calculation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.identity.Units;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormDates;

@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Calculations", description = "Försörjningsstöd by the national norm, reasonable costs and income")
class CalculationApiController {

    private final Calculations calculations;
    private final Units units;

    CalculationApiController(Calculations calculations, Units units) {
        this.calculations = calculations;
        this.units = units;
    }

    @PostMapping("/preview")
    @Operation(summary = "Calculates a month for a household without saving anything",
            description = "Every line carries its amount, basis and legal reference. A month without a norm table answers 422.")
    PreviewResponse preview(@RequestBody PreviewRequest request) {
        if (request == null) {
            throw new InvalidInputException("month", "Ange månad och hushåll.");
        }
        List<FieldError> errors = new ArrayList<>();
        YearMonth month = month(request.month(), errors);
        List<CalculationInput.Member> members = new ArrayList<>();
        List<MemberRequest> memberRequests = request.members() == null ? List.of() : request.members();
        for (int i = 0; i < memberRequests.size(); i++) {
            MemberRequest m = memberRequests.get(i);
            if (m == null) {
                errors.add(new FieldError("members[" + i + "]", "Ange hushållsmedlemmen."));
                continue;
            }
            members.add(new CalculationInput.Member(enumValue(MemberRole.class, m.role(), "members[" + i + "].role", errors),
                    date(m.birthDate(), "members[" + i + "].birthDate", errors),
                    Boolean.TRUE.equals(m.lunchOutsideHome()), Boolean.TRUE.equals(m.inSchool()), m.daysInHousehold()));
        }
        List<CalculationInput.Cost> costs = new ArrayList<>();
        List<CostRequest> costRequests = request.costs() == null ? List.of() : request.costs();
        for (int i = 0; i < costRequests.size(); i++) {
            CostRequest c = costRequests.get(i);
            costs.add(new CalculationInput.Cost(enumValue(CostType.class, c == null ? null : c.type(), "costs[" + i + "].type", errors),
                    amount(c == null ? null : c.amount(), "costs[" + i + "].amount", errors)));
        }
        List<CalculationInput.Income> incomes = new ArrayList<>();
        List<IncomeRequest> incomeRequests = request.incomes() == null ? List.of() : request.incomes();
        for (int i = 0; i < incomeRequests.size(); i++) {
            IncomeRequest in = incomeRequests.get(i);
            if (in == null || in.member() == null) {
                errors.add(new FieldError("incomes[" + i + "].member", "Ange vilken hushållsmedlem inkomsten tillhör (index i members)."));
                continue;
            }
            incomes.add(new CalculationInput.Income(in.member(), enumValue(IncomeType.class, in.type(), "incomes[" + i + "].type", errors),
                    amount(in.amount(), "incomes[" + i + "].amount", errors), Boolean.TRUE.equals(in.jobStimulus()),
                    in.earnedEarlierThisYear() == null ? 0 : in.earnedEarlierThisYear()));
        }
        List<CalculationInput.NormAdjustment> adjustments = new ArrayList<>();
        List<AdjustmentRequest> adjustmentRequests = request.normAdjustments() == null ? List.of() : request.normAdjustments();
        for (int i = 0; i < adjustmentRequests.size(); i++) {
            AdjustmentRequest a = adjustmentRequests.get(i);
            if (a == null) {
                errors.add(new FieldError("normAdjustments[" + i + "]", "Ange belopp och skäl för normjusteringen."));
                continue;
            }
            adjustments.add(new CalculationInput.NormAdjustment(a.amount() == null ? 0 : a.amount(), a.reason()));
        }
        List<CalculationInput.OtherNeed> otherNeeds = new ArrayList<>();
        List<OtherNeedRequest> otherNeedRequests = request.otherNeeds() == null ? List.of() : request.otherNeeds();
        for (int i = 0; i < otherNeedRequests.size(); i++) {
            OtherNeedRequest n = otherNeedRequests.get(i);
            if (n == null) {
                errors.add(new FieldError("otherNeeds[" + i + "]", "Beskriv behovet och ange beloppet."));
                continue;
            }
            otherNeeds.add(new CalculationInput.OtherNeed(n.description(), n.amount() == null ? 0 : n.amount()));
        }
        UnitId unit = null;
        if (request.unitCode() != null && !request.unitCode().isBlank()) {
            unit = units.byCode(request.unitCode()).map(u -> u.id()).orElse(null);
            if (unit == null) {
                errors.add(new FieldError("unitCode", "Okänd enhet: " + request.unitCode() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CalculationResult r = calculations.calculate(new CalculationInput(month, members, request.sharedHouseholdSize(), costs, incomes,
                adjustments, otherNeeds), unit);
        return new PreviewResponse(new NormTableRef(r.tableYear(), r.tableStatus().name(), r.tableSource()), r.personalCosts(),
                r.householdCosts(), r.norm(), r.reasonableCosts(), r.otherNeeds(), r.need(), r.countedIncome(), r.result(), r.warnings(),
                r.lines().stream().map(l -> new LineResponse(l.kind().name(), l.text(), l.amount(), l.basis(), l.legalReference())).toList());
    }

    private static YearMonth month(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("month", "Ange månad som ÅÅÅÅ-MM."));
            return null;
        }
        try {
            return FormDates.month(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("month", "Månaden skrivs som ÅÅÅÅ-MM, t.ex. 2023-05."));
            return null;
        }
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "Ange födelsedatum som ÅÅÅÅ-MM-DD."));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (!FormDates.isPlausible(date)) {
                errors.add(new FieldError(field, FormDates.RANGE_MESSAGE));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Datumet skrivs som ÅÅÅÅ-MM-DD."));
            return null;
        }
    }

    private static long amount(Long value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "Ange belopp i hela kronor."));
            return 0;
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "Ange ett värde: " + java.util.Arrays.toString(type.getEnumConstants()) + "."));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Okänt värde " + text + ". Tillåtna: " + java.util.Arrays.toString(type.getEnumConstants()) + "."));
            return null;
        }
    }

    record PreviewRequest(String month, List<MemberRequest> members, Integer sharedHouseholdSize, List<CostRequest> costs,
                          List<IncomeRequest> incomes, List<AdjustmentRequest> normAdjustments, List<OtherNeedRequest> otherNeeds,
                          String unitCode) {
    }

    /** @param daysInHousehold a child living in two households: the days of the month here (1..days of the month); absent = all */
    record MemberRequest(String role, String birthDate, Boolean lunchOutsideHome, Boolean inSchool, Integer daysInHousehold) {
    }

    record CostRequest(String type, Long amount) {
    }

    record IncomeRequest(Integer member, String type, Long amount, Boolean jobStimulus, Long earnedEarlierThisYear) {
    }

    record AdjustmentRequest(Long amount, String reason) {
    }

    record OtherNeedRequest(String description, Long amount) {
    }

    record NormTableRef(int year, String status, String source) {
    }

    record LineResponse(String kind, String text, long amount, String basis, String legalReference) {
    }

    record PreviewResponse(NormTableRef normTable, long personalCosts, long householdCosts, long norm, long reasonableCosts,
                           long otherNeeds, long need, long countedIncome, long result, List<String> warnings, List<LineResponse> lines) {
    }
}
