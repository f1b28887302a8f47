package se.ebba.monthly.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.application.domain.SwedishDates;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.monthly.AutomaticGrantSettingsService;
import se.ebba.monthly.MonthlyProposals;
import se.ebba.monthly.domain.MonthlyProposalId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormErrors;

/**
 * Månadens förslag: the payment officer's list of the unit's proposals for a benefit month, a
 * proposal with its decision form, and the unit's rule for automatic grant.
 */
@Controller
class ProposalPagesController {

    private final MonthlyProposals proposals;
    private final AutomaticGrantSettingsService automaticGrant;
    private final CaseFiles caseFiles;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ProposalPagesController(MonthlyProposals proposals, AutomaticGrantSettingsService automaticGrant, CaseFiles caseFiles,
                            CurrentUsers currentUsers, Clock clock) {
        this.proposals = proposals;
        this.automaticGrant = automaticGrant;
        this.caseFiles = caseFiles;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/manadens-forslag")
    String list(@RequestParam(required = false) UUID enhet, @RequestParam(required = false) String manad, Model model) {
        CurrentUser me = currentUsers.current();
        UnitView unit = unitOf(me, enhet);
        YearMonth month = monthOf(manad);
        model.addAttribute("proposals", proposals.ofMonth(unit.id(), month, me));
        model.addAttribute("unit", unit);
        model.addAttribute("units", caseFiles.unitsOf(me));
        model.addAttribute("month", month);
        model.addAttribute("monthName", SwedishDates.month(month));
        model.addAttribute("rule", automaticGrant.page(unit.id(), me).current());
        return "monthly/proposals";
    }

    @GetMapping("/arenden/{id}/manadens-forslag/{proposal}")
    String proposal(@PathVariable UUID id, @PathVariable UUID proposal, Model model) {
        CurrentUser me = currentUsers.current();
        model.addAttribute("page", proposals.page(new CaseId(id), new MonthlyProposalId(proposal), me));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProposalDecisionForm.empty());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "monthly/proposal";
    }

    @PostMapping("/arenden/{id}/manadens-forslag/{proposal}")
    String act(@PathVariable UUID id, @PathVariable UUID proposal, @ModelAttribute("form") ProposalDecisionForm form, Model model,
               RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        CaseId caseId = new CaseId(id);
        MonthlyProposalId proposalId = new MonthlyProposalId(proposal);
        try {
            if (form.sendToCaseworker()) {
                proposals.sendToCaseworker(caseId, proposalId, form::draft, me);
                redirect.addFlashAttribute("saved", "Förslaget är skickat till handläggaren. Det finns under Beslut att fatta.");
            } else {
                proposals.decide(caseId, proposalId, form::draft, me);
                redirect.addFlashAttribute("saved", "Beslutet är fattat.");
            }
            return "redirect:/arenden/" + id + "/manadens-forslag/" + proposal;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return proposal(id, proposal, model);
        }
    }

    @GetMapping("/manadens-forslag/automatiskt-beviljande")
    String rule(@RequestParam(required = false) UUID enhet, Model model) {
        CurrentUser me = currentUsers.current();
        UnitView unit = unitOf(me, enhet);
        var page = automaticGrant.page(unit.id(), me);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AutomaticGrantForm.of(page.current(), LocalDate.now(clock)));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("page", page);
        model.addAttribute("unit", unit);
        model.addAttribute("units", caseFiles.unitsOf(me));
        return "monthly/proposal-automatic-grant";
    }

    @PostMapping("/manadens-forslag/automatiskt-beviljande")
    String changeRule(@RequestParam UUID enhet, @ModelAttribute("form") AutomaticGrantForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        UnitView unit = unitOf(me, enhet);
        try {
            automaticGrant.change(unit.id(), form.toRule(), me);
            redirect.addFlashAttribute("saved", "Regeln är sparad och gäller från " + form.validFrom().strip() + ".");
            return "redirect:/manadens-forslag/automatiskt-beviljande?enhet=" + unit.id().value();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return rule(unit.id().value(), model);
        }
    }

    private UnitView unitOf(CurrentUser me, UUID chosen) {
        List<UnitView> mine = caseFiles.unitsOf(me);
        return mine.stream().filter(u -> chosen == null || u.id().value().equals(chosen)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enheten finns inte eller är inte din."));
    }

    /** The benefit month asked for; next month (the one applied for now) when none or malformed. */
    private YearMonth monthOf(String text) {
        try {
            return text == null || text.isBlank() ? YearMonth.now(clock).plusMonths(1) : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock).plusMonths(1);
        }
    }
}
