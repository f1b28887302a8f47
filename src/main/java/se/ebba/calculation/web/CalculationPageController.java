package se.ebba.calculation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.domain.JobStimulusPolicy.JobStimulusStatus;
import se.ebba.identity.CurrentUser;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.identity.CurrentUsers;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormErrors;
import se.ebba.shared.web.FormValues;

/**
 * The caseworker's calculation page for a case: the household comes from the case, the caseworker
 * enters the month's costs and incomes and sees the calculation line by line, and saves it when a
 * decision is to rest on it.
 */
@Controller
class CalculationPageController {

    static final int INCOME_ROWS = 4;
    static final int NEED_ROWS = 2;

    private final CaseFiles caseFiles;
    private final Calculations calculations;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CalculationPageController(CaseFiles caseFiles, Calculations calculations, CurrentUsers currentUsers, Clock clock,
                              TransactionTemplate transactions) {
        this.transactions = transactions;
        this.caseFiles = caseFiles;
        this.calculations = calculations;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/arenden/{id}/berakning")
    String page(@PathVariable UUID id, @RequestParam(name = "manad", required = false) String month,
                @RequestParam(name = "ansokan", required = false) UUID application, Model model) {
        CaseDetails details = caseFiles.open(new CaseId(id), currentUsers.current(), AccessAction.VIEW_CALCULATION);
        Map<String, String> form = new java.util.HashMap<>();
        form.put("month", month != null && month.matches("\\d{4}-\\d{2}") ? month : YearMonth.now(clock).plusMonths(1).toString());
        if (application != null) {
            form.put("application", application.toString());
        }
        startFromSaved(details, form, model);
        return render(details, form, model, FormErrors.none(), null);
    }

    /**
     * A month starts from the calculation saved for it, or else from last month's: the household
     * details, costs and incomes are filled in so nothing is typed twice.
     */
    private void startFromSaved(CaseDetails details, Map<String, String> form, Model model) {
        YearMonth month;
        try {
            month = se.ebba.shared.web.FormDates.month(form.get("month"));
        } catch (DateTimeParseException e) {
            return;
        }
        calculations.latestSaved(details.id(), month).or(() -> calculations.latestSaved(details.id(), month.minusMonths(1)))
                .ifPresent(saved -> {
                    LastMonth.prefill(saved.input(), calculated(details), INCOME_ROWS, form);
                    model.addAttribute("startedFrom", saved.month().toString());
                });
    }

    /**
     * Calculates; with {@code action=save} the calculation is also kept for the decision and the user
     * goes back to the application it was made for.
     */
    @PostMapping("/arenden/{id}/berakning")
    String calculate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        CurrentUser user = currentUsers.current();
        if ("save".equals(form.get("action"))) {
            try {
                // One row for the save, and only if it is saved: the check, the row and the calculation commit together.
                transactions.executeWithoutResult(status -> {
                    CaseDetails details = caseFiles.openDetailsForChange(new CaseId(id), user, AccessAction.SAVE_CALCULATION, "Beräkning",
                            new Subject(SubjectType.CALCULATION, id));
                    calculations.save(details.id(), details.unit().id(), toInput(details, form), user.id());
                });
            } catch (InvalidInputException e) {
                return render(caseFiles.open(new CaseId(id), user, AccessAction.VIEW_CALCULATION), form, model, FormErrors.of(e), null);
            }
            String application = form.getOrDefault("application", "");
            return application.matches("[0-9a-f-]{36}")
                    ? "redirect:/arenden/" + id + "/ansokningar/" + application + "?sparad"
                    : "redirect:/arenden/" + id + "/berakning?sparad&manad=" + se.ebba.shared.web.FormDates.month(form.get("month"));
        }
        CaseDetails details = caseFiles.open(new CaseId(id), user, AccessAction.VIEW_CALCULATION);
        try {
            CalculationInput input = toInput(details, form);
            CalculationResult result = calculations.calculate(input, details.unit().id());
            Optional<SavedCalculation> lastMonth = calculations.latestSaved(details.id(), input.month().minusMonths(1));
            LastMonth.between(lastMonth.map(SavedCalculation::input), input).ifPresent(changes -> {
                model.addAttribute("changes", changes);
                model.addAttribute("changesSince", input.month().minusMonths(1).toString());
            });
            return render(details, form, model, FormErrors.none(), result);
        } catch (InvalidInputException e) {
            return render(details, form, model, FormErrors.of(e), null);
        }
    }

    private String render(CaseDetails details, Map<String, String> form, Model model, FormErrors errors, CalculationResult result) {
        model.addAttribute("form", form);
        model.addAttribute("c", details);
        model.addAttribute("members", calculated(details));
        model.addAttribute("costTypes", CostType.values());
        model.addAttribute("incomeTypes", IncomeType.values());
        model.addAttribute("incomeRows", INCOME_ROWS);
        model.addAttribute("needRows", NEED_ROWS);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("jobStimulus", jobStimulus(details, form));
        return "calculation/case-calculation";
    }

    /** Jobbstimulans for the adults, for the month in the form (the next month when it cannot be read). */
    private List<AdultJobStimulus> jobStimulus(CaseDetails details, Map<String, String> form) {
        YearMonth month;
        try {
            month = se.ebba.shared.web.FormDates.month(form.getOrDefault("month", ""));
        } catch (DateTimeParseException e) {
            month = YearMonth.now(clock).plusMonths(1);
        }
        Map<se.ebba.identity.domain.PersonId, String> names = new java.util.HashMap<>();
        details.household().forEach(m -> names.put(m.person().id(), m.person().fullName()));
        return calculations.jobStimulusPerAdult(details.id(), month).stream()
                .map(a -> new AdultJobStimulus(names.getOrDefault(a.person(), a.role().text()), a.status())).toList();
    }

    record AdultJobStimulus(String name, JobStimulusStatus status) {
    }

    /** The members the norm is calculated for: applicant, co-applicant and children (other adults apply themselves). */
    static List<CaseDetails.Member> calculated(CaseDetails details) {
        return details.household().stream().filter(m -> m.role() != HouseholdRole.OTHER_ADULT).toList();
    }

    private CalculationInput toInput(CaseDetails details, Map<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth month = null;
        try {
            month = se.ebba.shared.web.FormDates.month(form.getOrDefault("month", ""));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("month", "Skriv månaden som ÅÅÅÅ-MM, t.ex. 2026-12."));
        }
        List<CaseDetails.Member> household = calculated(details);
        List<CalculationInput.Member> members = new ArrayList<>();
        for (int i = 0; i < household.size(); i++) {
            CaseDetails.Member m = household.get(i);
            MemberRole role = switch (m.role()) {
                case APPLICANT -> MemberRole.APPLICANT;
                case CO_APPLICANT -> MemberRole.CO_APPLICANT;
                default -> MemberRole.CHILD;
            };
            members.add(new CalculationInput.Member(role, m.person().birthDate(), form.containsKey("lunch" + i), form.containsKey("school" + i),
                    role == MemberRole.CHILD ? days(form, i, errors) : null));
        }
        List<CalculationInput.Cost> costs = new ArrayList<>();
        for (CostType type : CostType.values()) {
            long amount = amount(form, "cost." + type.name(), errors);
            if (amount != 0) {
                costs.add(new CalculationInput.Cost(type, amount));
            }
        }
        List<CalculationInput.Income> incomes = new ArrayList<>();
        for (int i = 0; i < INCOME_ROWS; i++) {
            long amount = amount(form, "income" + i + ".amount", errors);
            if (amount == 0) {
                continue;
            }
            int member;
            IncomeType type;
            try {
                member = Integer.parseInt(form.getOrDefault("income" + i + ".member", "0"));
                type = IncomeType.valueOf(form.getOrDefault("income" + i + ".type", ""));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("income" + i + ".type", "Välj vem inkomsten tillhör och vilken typ den är."));
                continue;
            }
            incomes.add(new CalculationInput.Income(member, type, amount, form.containsKey("income" + i + ".jobStimulus"), 0));
        }
        List<CalculationInput.NormAdjustment> adjustments = new ArrayList<>();
        long adjustment = amount(form, "adjustment.amount", errors);
        if (adjustment != 0 || !form.getOrDefault("adjustment.reason", "").isBlank()) {
            adjustments.add(new CalculationInput.NormAdjustment(adjustment, form.get("adjustment.reason")));
        }
        List<CalculationInput.OtherNeed> needs = new ArrayList<>();
        for (int i = 0; i < NEED_ROWS; i++) {
            long amount = amount(form, "need" + i + ".amount", errors);
            String description = form.getOrDefault("need" + i + ".description", "");
            if (amount != 0 || !description.isBlank()) {
                needs.add(new CalculationInput.OtherNeed(description, amount));
            }
        }
        Integer shared = null;
        String sharedText = form.getOrDefault("sharedHouseholdSize", "").strip();
        if (!sharedText.isEmpty()) {
            try {
                shared = Integer.parseInt(sharedText);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("sharedHouseholdSize", "Ange antal personer i det delade hushållet som en siffra."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CalculationInput(month, members, shared, costs, incomes, adjustments, needs);
    }

    /** A child's days in the household this month; blank is the whole month. */
    private static Integer days(Map<String, String> form, int member, List<FieldError> errors) {
        String text = form.getOrDefault("days" + member, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError("members[" + member + "].daysInHousehold", "Skriv antalet dagar som en siffra, t.ex. 15."));
            return null;
        }
    }

    private static long amount(Map<String, String> form, String field, List<FieldError> errors) {
        try {
            Long amount = FormValues.amount(form.get(field));
            return amount == null ? 0 : amount;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Skriv beloppet i hela kronor, utan öre."));
            return 0;
        }
    }
}
