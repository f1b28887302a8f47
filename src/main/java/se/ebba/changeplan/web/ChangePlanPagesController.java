package se.ebba.changeplan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.changeplan.ChangePlanService;
import se.ebba.changeplan.ChangePlanService.CasePlan;
import se.ebba.changeplan.ChangePlanService.FollowUpDraft;
import se.ebba.changeplan.ChangePlanService.MissedActivityDraft;
import se.ebba.changeplan.ChangePlanService.PlanDraft;
import se.ebba.changeplan.ChangePlanService.SignatureDraft;
import se.ebba.changeplan.PlanOverviews;
import se.ebba.changeplan.domain.ChangePlan;
import se.ebba.changeplan.domain.MissedActivity;
import se.ebba.changeplan.domain.PlanContent;
import se.ebba.changeplan.domain.PlannedIntervention;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;

/** The change plan page of a case, its forms, and the plan overview (Planöversikt). */
@Controller
class ChangePlanPagesController {

    static final int INTERVENTION_ROWS = 4;

    private final ChangePlanService plans;
    private final PlanOverviews overviews;
    private final CaseFiles caseFiles;
    private final CurrentUsers currentUsers;

    ChangePlanPagesController(ChangePlanService plans, PlanOverviews overviews, CaseFiles caseFiles, CurrentUsers currentUsers) {
        this.plans = plans;
        this.overviews = overviews;
        this.caseFiles = caseFiles;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/{id}/forandringsplan")
    String page(@PathVariable UUID id, Model model) {
        return render(id, null, FormErrors.none(), model);
    }

    /** The form for the first plan or a revision, filled in with the current version. */
    @GetMapping("/arenden/{id}/forandringsplan/skriv")
    String writeForm(@PathVariable UUID id, Model model) {
        CasePlan page = plans.read(new CaseId(id), currentUsers.current());
        PlanForm form = page.plan().map(PlanForm::of).orElseGet(() -> PlanForm.empty(page.today()));
        return renderForm(page, form, FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/forandringsplan")
    String write(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        try {
            PlanDraft draft = form.toDraft();
            if (form.version() == null) {
                plans.agree(new CaseId(id), draft, me);
                redirect.addFlashAttribute("saved", "Förändringsplanen är sparad.");
            } else {
                plans.revise(new CaseId(id), form.version(), draft, me);
                redirect.addFlashAttribute("saved", "Planen är reviderad. Den tidigare versionen finns kvar under Versioner.");
            }
            return "redirect:/arenden/" + id + "/forandringsplan";
        } catch (InvalidInputException e) {
            // The rows shown again are the filled-in ones first, so that the errors' row numbers match them.
            return renderForm(plans.read(new CaseId(id), me), form.compacted().withRows(), FormErrors.of(e), model);
        }
    }

    @PostMapping("/arenden/{id}/forandringsplan/underskrift")
    String sign(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String kind,
                @RequestParam(defaultValue = "") @Size(max = 10) String signedOn, Model model, RedirectAttributes redirect) {
        try {
            SignatureDraft draft = switch (kind) {
                case "PAPER" -> new SignatureDraft.OnPaper(Optional.ofNullable(FormDates.parse(signedOn, "signedOn")));
                case "E_SERVICE" -> new SignatureDraft.InEService();
                default -> throw new InvalidInputException("kind", "Välj hur planen undertecknas.");
            };
            plans.recordSignature(new CaseId(id), version, draft, currentUsers.current());
            redirect.addFlashAttribute("saved", kind.equals("PAPER") ? "Underskriften är registrerad."
                    : "Planen väntar på underskrift i e-tjänsten.");
            return "redirect:/arenden/" + id + "/forandringsplan";
        } catch (InvalidInputException e) {
            return render(id, new Forms(signedOn, null, null, null), FormErrors.of(e), model);
        }
    }

    @PostMapping("/arenden/{id}/forandringsplan/uppfoljning")
    String followUp(@PathVariable UUID id, @ModelAttribute("followUpForm") FollowUpForm form, Model model, RedirectAttributes redirect) {
        try {
            LocalDate heldOn = FormDates.parse(form.heldOn(), "heldOn");
            Optional<LocalDate> next = Optional.ofNullable(FormDates.parse(form.nextFollowUpOn(), "nextFollowUpOn"));
            plans.followUp(new CaseId(id), form.version() == null ? -1 : form.version(),
                    new FollowUpDraft(heldOn, form.achieved(), form.changes(), next), currentUsers.current());
            redirect.addFlashAttribute("saved", "Uppföljningen är sparad.");
            return "redirect:/arenden/" + id + "/forandringsplan";
        } catch (InvalidInputException e) {
            return render(id, new Forms(null, form, null, null), FormErrors.of(e), model);
        }
    }

    @PostMapping("/arenden/{id}/forandringsplan/utebliven-aktivitet")
    String missedActivity(@PathVariable UUID id, @ModelAttribute("missedForm") MissedForm form, Model model, RedirectAttributes redirect) {
        try {
            LocalDate missedOn = FormDates.parse(form.missedOn(), "missedOn");
            Optional<MissedActivity.Assessment> assessment = Arrays.stream(MissedActivity.Assessment.values())
                    .filter(a -> a.name().equals(form.assessment())).findFirst();
            plans.recordMissedActivity(new CaseId(id), new MissedActivityDraft(missedOn, form.interventionCode(), form.explanation(),
                    assessment, form.note()), currentUsers.current());
            redirect.addFlashAttribute("saved", "Den uteblivna aktiviteten är registrerad. Underlaget används vid ett beslut enligt "
                    + "SoL 12 kap. 5 §, som fattas under Ansökningar och beslut.");
            return "redirect:/arenden/" + id + "/forandringsplan";
        } catch (InvalidInputException e) {
            return render(id, new Forms(null, null, form, null), FormErrors.of(e), model);
        }
    }

    @PostMapping("/arenden/{id}/forandringsplan/skal")
    String noPlanReason(@PathVariable UUID id, @RequestParam(defaultValue = "") @Size(max = 500) String reason, Model model,
                        RedirectAttributes redirect) {
        try {
            plans.recordNoPlanReason(new CaseId(id), reason, currentUsers.current());
            redirect.addFlashAttribute("saved", "Skälet är sparat och visas i planöversikten.");
            return "redirect:/arenden/" + id + "/forandringsplan";
        } catch (InvalidInputException e) {
            return render(id, new Forms(null, null, null, reason), FormErrors.of(e), model);
        }
    }

    @GetMapping("/planoversikt")
    String overview(@RequestParam(required = false) UUID enhet, Model model) {
        CurrentUser me = currentUsers.current();
        if (me.units().isEmpty()) {
            throw new ForbiddenException("Du tillhör ingen enhet.");
        }
        UnitId unit = enhet != null ? new UnitId(enhet)
                : me.units().stream().sorted(Comparator.comparing(UnitId::toString)).findFirst().orElseThrow();
        model.addAttribute("overview", overviews.overview(unit, me));
        model.addAttribute("myUnits", caseFiles.unitsOf(me));
        return "changeplan/overview";
    }

    private String render(UUID id, Forms forms, FormErrors errors, Model model) {
        CasePlan page = plans.read(new CaseId(id), currentUsers.current());
        Forms f = forms == null ? new Forms(null, null, null, null) : forms;
        String today = page.today().toString();
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        model.addAttribute("signedOn", f.signedOn() == null ? today : f.signedOn());
        model.addAttribute("followUpForm", f.followUp() != null ? f.followUp()
                : new FollowUpForm(today, "", "", "", page.plan().map(ChangePlan::version).orElse(0)));
        model.addAttribute("missedForm", f.missed() != null ? f.missed() : new MissedForm(today, "", "", "", ""));
        model.addAttribute("reason", f.reason() == null ? page.noPlanReason() : f.reason());
        return "changeplan/plan";
    }

    private String renderForm(CasePlan page, PlanForm form, FormErrors errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "changeplan/plan-form";
    }

    /** The forms of the plan page as sent, to show again with their errors. */
    private record Forms(String signedOn, FollowUpForm followUp, MissedForm missed, String reason) {
    }

    /** The plan form as the browser posts it: goal, sub-goals and requirements one per line, interventions as rows. */
    record PlanForm(@Size(max = PlanContent.MAX_GOAL) String goal, @Size(max = PlanContent.MAX_TEXT) String subGoals,
                    @Size(max = PlanContent.MAX_TEXT) String requirements, List<InterventionRow> interventions,
                    @Size(max = PlanContent.MAX_TEXT) String participation, @Size(max = 10) String agreedOn,
                    @Size(max = 10) String nextFollowUpOn, Integer version) {

        static PlanForm empty(LocalDate today) {
            return new PlanForm("", "", "", List.of(), "", today.toString(), "", null).withRows();
        }

        static PlanForm of(ChangePlan plan) {
            PlanContent c = plan.current().content();
            return new PlanForm(c.goal(), String.join("\n", c.subGoals()), String.join("\n", c.requirements()),
                    c.interventions().stream().map(i -> new InterventionRow(i.code(), i.responsible(), i.note())).toList(),
                    c.participation(), c.agreedOn().toString(), "", plan.version()).withRows();
        }

        /** Only the rows filled in, in order (the browser may skip empty ones, leaving gaps). */
        PlanForm compacted() {
            List<InterventionRow> rows = interventions == null ? List.of()
                    : interventions.stream().filter(r -> r != null && !r.isEmpty()).toList();
            return new PlanForm(goal, subGoals, requirements, rows, participation, agreedOn, nextFollowUpOn, version);
        }

        /** At least the empty rows the page offers for more interventions. */
        PlanForm withRows() {
            List<InterventionRow> rows = new ArrayList<>(interventions == null ? List.of()
                    : interventions.stream().map(r -> r == null ? new InterventionRow("", "", "") : r).toList());
            while (rows.size() < INTERVENTION_ROWS) {
                rows.add(new InterventionRow("", "", ""));
            }
            return new PlanForm(goal, subGoals, requirements, rows, participation, agreedOn, nextFollowUpOn, version);
        }

        PlanDraft toDraft() {
            LocalDate agreed = FormDates.parse(agreedOn, "agreedOn");
            Optional<LocalDate> next = Optional.ofNullable(FormDates.parse(nextFollowUpOn, "nextFollowUpOn"));
            List<PlannedIntervention> chosen = new ArrayList<>();
            for (InterventionRow row : compacted().interventions()) {
                chosen.add(new PlannedIntervention(blankToEmpty(row.code()), blankToEmpty(row.responsible()), blankToEmpty(row.note())));
            }
            return new PlanDraft(goal, lines(subGoals), lines(requirements), chosen, participation, agreed, next);
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : text.lines().toList();
        }

        private static String blankToEmpty(String s) {
            return s == null ? "" : s.strip();
        }
    }

    record InterventionRow(String code, @Size(max = 200) String responsible, @Size(max = 500) String note) {

        boolean isEmpty() {
            return (code == null || code.isBlank()) && (responsible == null || responsible.isBlank()) && (note == null || note.isBlank());
        }
    }

    record FollowUpForm(@Size(max = 10) String heldOn, @Size(max = PlanContent.MAX_TEXT) String achieved,
                        @Size(max = PlanContent.MAX_TEXT) String changes, @Size(max = 10) String nextFollowUpOn, Integer version) {
    }

    record MissedForm(@Size(max = 10) String missedOn, @Size(max = 100) String interventionCode,
                      @Size(max = PlanContent.MAX_TEXT) String explanation, @Size(max = 20) String assessment,
                      @Size(max = PlanContent.MAX_TEXT) String note) {
    }
}
