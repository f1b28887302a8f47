package se.ebba.decision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.domain.CaseId;
import se.ebba.application.Applications;
import se.ebba.decision.Decisions;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.Proposal;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;
import se.ebba.shared.web.FormValues;

/**
 * The caseworker's pages for applications and decisions: register an application, write child
 * impact analyses, decide (or send a proposal to someone with delegation) with the letter preview,
 * and the decision's letter as PDF. The decision page with notification and appeals is the appeal module's.
 */
@Controller
class DecisionPagesController {

    static final int ITEM_ROWS = 4;

    private final Decisions decisions;
    private final Applications applications;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    DecisionPagesController(Decisions decisions, Applications applications, CurrentUsers currentUsers, Clock clock) {
        this.decisions = decisions;
        this.applications = applications;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ applications

    @GetMapping("/arenden/{id}/ansokningar")
    String applications(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("caseId", id);
        model.addAttribute("applications", decisions.applications(new CaseId(id), user));
        ApplicationForm form = ApplicationForm.startingWith(ApplicationKind.MONTHLY.name(), YearMonth.now(clock).plusMonths(1).toString(),
                LocalDate.now(clock).toString(), ItemKind.LIVELIHOOD_SUPPORT.name());
        return applicationsPage(id, model, form, FormErrors.none());
    }

    private String applicationsPage(UUID id, Model model, ApplicationForm form, FormErrors errors) {
        model.addAttribute("caseId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ApplicationKind.values());
        model.addAttribute("itemKinds", ItemKind.values());
        model.addAttribute("itemRows", ITEM_ROWS);
        return "decision/applications";
    }

    @PostMapping("/arenden/{id}/ansokningar")
    String register(@PathVariable UUID id, @ModelAttribute("applicationForm") ApplicationForm form, Model model) {
        CurrentUser user = currentUsers.current();
        try {
            Application application = applications.register(new CaseId(id), toApplication(form), user);
            return "redirect:/arenden/" + id + "/ansokningar/" + application.id();
        } catch (InvalidInputException e) {
            model.addAttribute("applications", decisions.applications(new CaseId(id), user));
            return applicationsPage(id, model, form, FormErrors.of(e));
        }
    }

    private Applications.NewApplication toApplication(ApplicationForm form) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        YearMonth month = null;
        try {
            month = se.ebba.shared.web.FormDates.month(form.month() == null ? "" : form.month());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidInputException.FieldError("month", "Skriv vilken månad ansökan gäller som ÅÅÅÅ-MM, t.ex. 2026-12."));
        }
        LocalDate received = null;
        try {
            received = FormDates.parse(form.receivedOn(), "receivedOn");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        List<Applications.NewItem> items = new ArrayList<>();
        for (int i = 0; i < ITEM_ROWS; i++) {
            ApplicationForm.ItemRow row = form.item(i);
            if (row.isEmpty()) {
                continue;
            }
            String kind = row.kind() == null ? "" : row.kind();
            String description = row.description() == null ? "" : row.description();
            String amountText = row.amount() == null ? "" : row.amount();
            Long amount = null;
            try {
                amount = FormValues.amount(amountText);
            } catch (NumberFormatException e) {
                errors.add(new InvalidInputException.FieldError("items[" + i + "].amount", "Skriv beloppet på rad " + (i + 1)
                        + " i hela kronor, utan öre."));
            }
            items.add(new Applications.NewItem(FormValues.choice(ItemKind.class, kind), description, amount));
        }
        Applications.NewApplication application = new Applications.NewApplication(FormValues.choice(ApplicationKind.class, form.kind()), month,
                received, items);
        if (!errors.isEmpty()) {
            // Show every error at once: what could not be read, and what the rules say about the rest.
            Set<String> unreadable = errors.stream().map(InvalidInputException.FieldError::field).collect(Collectors.toSet());
            Applications.check(application, LocalDate.now(clock)).errors().stream()
                    .filter(e -> !unreadable.contains(e.field())).forEach(errors::add);
            throw new InvalidInputException(errors);
        }
        return application;
    }

    // ------------------------------------------------------------------ one application: analyses and the decision form

    @GetMapping("/arenden/{id}/ansokningar/{app}")
    String application(@PathVariable UUID id, @PathVariable UUID app, Model model) {
        ApplicationPage page = decisions.application(new CaseId(id), new ApplicationId(app), currentUsers.current());
        if (page.decision() != null) {
            return "redirect:/arenden/" + id + "/beslut/" + page.decision().id();
        }
        DecisionForm form = DecisionForm.empty();
        if (model.getAttribute("draftForm") instanceof DecisionForm draft) {
            form = draft;
        } else if (page.proposal() != null) {
            form = DecisionForms.toForm(page.application(), page.proposal().draft());
        }
        return applicationPage(page, model, form, FormErrors.none(), null);
    }

    private String applicationPage(ApplicationPage page, Model model, DecisionForm form, FormErrors errors,
                                   Decisions.Preview preview) {
        if (!model.containsAttribute("formAction")) {
            model.addAttribute("formAction", "/arenden/" + page.caseDetails().id().value() + "/ansokningar/" + page.application().id() + "/beslut");
        }
        model.addAttribute("p", page);
        model.addAttribute("c", page.caseDetails());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("grounds", DecisionGround.values());
        return "decision/application";
    }

    /**
     * Saves a child impact analysis. The analysis fields are part of the decision form, so the draft
     * decision comes with them and is kept (flash attribute) for the page the user comes back to.
     */
    @PostMapping("/arenden/{id}/ansokningar/{app}/barnkonsekvensanalys")
    String writeAnalysis(@PathVariable UUID id, @PathVariable UUID app, @ModelAttribute("decisionForm") DecisionForm form, Model model,
                         RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        UUID child = parseUuid(form.child());
        DecisionForm.AnalysisFields fields = form.analysisOf(child);
        try {
            var analysis = applications.writeAnalysis(new CaseId(id), new ApplicationId(app), new Applications.NewAnalysis(child,
                    fields.situation(), fields.effect(), fields.bestInterests()), user);
            redirect.addFlashAttribute("draftForm", form.withoutAnalysisOf(child));
            redirect.addFlashAttribute("analysisSaved", "Barnkonsekvensanalysen är sparad " + analysis.writtenAt().atZone(clock.getZone())
                    .toLocalDate() + " av " + analysis.writtenByName() + ". Ditt utkast till beslut finns kvar i formuläret.");
            UUID changing = parseUuid(form.changing());
            return changing != null ? "redirect:/arenden/" + id + "/beslut/" + changing + "/andra#barn"
                    : "redirect:/arenden/" + id + "/ansokningar/" + app + "#barn";
        } catch (InvalidInputException e) {
            model.addAttribute("analysisChild", child);
            model.addAttribute("analysisErrors", FormErrors.of(e));
            ApplicationPage page = decisions.application(new CaseId(id), new ApplicationId(app), user);
            UUID changing = parseUuid(form.changing());
            if (changing != null && page.decision() != null && page.decision().id().equals(changing)) {
                changing(model, id, page.decision());
            }
            return applicationPage(page, model, form, FormErrors.of(e), null);
        }
    }

    /**
     * action = preview (the letter as it would read), decide, or propose (send to someone with
     * delegation). A decision or proposal made is one row in the access log and a redirect; a
     * preview, or a form shown again with its errors, is one view of the application.
     */
    @PostMapping("/arenden/{id}/ansokningar/{app}/beslut")
    String decide(@PathVariable UUID id, @PathVariable UUID app, @ModelAttribute("decisionForm") DecisionForm form, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        CaseId caseId = new CaseId(id);
        String action = form.action() == null ? "preview" : form.action();
        FormErrors refused = null;
        try {
            if (action.equals("decide")) {
                Decision decision = decisions.decide(caseId, new ApplicationId(app), opened -> DecisionForms.toDraft(opened, form), user);
                redirect.addFlashAttribute("decided", decision.id());
                return "redirect:/arenden/" + id + "/beslut/" + decision.id();
            }
            if (action.equals("propose")) {
                decisions.propose(caseId, new ApplicationId(app), opened -> DecisionForms.toDraft(opened, form), user);
                return "redirect:/arenden/" + id + "/ansokningar/" + app + "?forslag";
            }
        } catch (InvalidInputException e) {
            refused = FormErrors.of(e);
        }
        ApplicationPage page = decisions.application(caseId, new ApplicationId(app), user);
        Decisions.Preview preview = decisions.preview(page, DecisionForms.toDraft(page, form), user);
        return applicationPage(page, model, form, refused != null ? refused : previewErrors(preview), preview);
    }

    private static FormErrors previewErrors(Decisions.Preview preview) {
        return preview.resolution().errors().isEmpty() ? FormErrors.none() : FormErrors.of(new InvalidInputException(preview.resolution().errors()));
    }

    /** A changed decision (ändrat beslut) that replaces the decision in force, e.g. after reconsideration. */
    @GetMapping("/arenden/{id}/beslut/{decision}/andra")
    String changeForm(@PathVariable UUID id, @PathVariable UUID decision, Model model) {
        Decisions.DecisionPage current = decisions.decision(new CaseId(id), decision, currentUsers.current());
        if (!current.inForce()) {
            return "redirect:/arenden/" + id + "/beslut/" + current.replacedBy();
        }
        ApplicationPage page = decisions.applicationOf(current);
        changing(model, id, current.decision());
        DecisionForm form = model.getAttribute("draftForm") instanceof DecisionForm draft ? draft
                : DecisionForms.toForm(page.application(), current.decision().asDraft());
        return applicationPage(page, model, form, FormErrors.none(), null);
    }

    @PostMapping("/arenden/{id}/beslut/{decision}/andra")
    String change(@PathVariable UUID id, @PathVariable UUID decision, @ModelAttribute("decisionForm") DecisionForm form, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        CaseId caseId = new CaseId(id);
        FormErrors refused = null;
        if ("decide".equals(form.action())) {
            try {
                Decision changed = decisions.change(caseId, decision, opened -> DecisionForms.toDraft(opened, form), user);
                redirect.addFlashAttribute("decided", changed.id());
                return "redirect:/arenden/" + id + "/beslut/" + changed.id();
            } catch (InvalidInputException e) {
                refused = FormErrors.of(e);
            }
        }
        Decisions.DecisionPage current = decisions.decision(caseId, decision, user);
        ApplicationPage page = decisions.applicationOf(current);
        changing(model, id, current.decision());
        Decisions.Preview preview = decisions.previewChange(current, DecisionForms.toDraft(page, form), user);
        return applicationPage(page, model, form, refused != null ? refused : previewErrors(preview), preview);
    }

    private static void changing(Model model, UUID caseId, Decision decision) {
        model.addAttribute("changing", decision);
        model.addAttribute("formAction", "/arenden/" + caseId + "/beslut/" + decision.id() + "/andra");
    }

    @GetMapping("/beslut-att-fatta")
    String proposals(Model model) {
        List<Proposal> proposals = decisions.proposalsFor(currentUsers.current());
        model.addAttribute("proposals", proposals);
        return "decision/proposals";
    }

    // ------------------------------------------------------------------ a decision (the page itself: appeal module)

    @GetMapping("/arenden/{id}/beslut/{decision}/brev.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID id, @PathVariable UUID decision) {
        byte[] pdf = decisions.letterPdf(new CaseId(id), decision, currentUsers.current());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("beslut.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    // ------------------------------------------------------------------ parsing

    private static UUID parseUuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
