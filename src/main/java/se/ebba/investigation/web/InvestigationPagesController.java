package se.ebba.investigation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.investigation.BasicInvestigationService;
import se.ebba.investigation.BasicInvestigationService.InvestigationPage;
import se.ebba.investigation.domain.BasicInvestigation;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** The grundutredning page: the headings, what is missing, save and mark complete, the versions. */
@Controller
class InvestigationPagesController {

    private final BasicInvestigationService investigations;
    private final CurrentUsers currentUsers;

    InvestigationPagesController(BasicInvestigationService investigations, CurrentUsers currentUsers) {
        this.investigations = investigations;
        this.currentUsers = currentUsers;
    }

    static boolean changes(CurrentUser user) {
        return CaseAccessPolicy.mayChange(user.roles(), CaseContent.INVESTIGATION);
    }

    @GetMapping("/arenden/{id}/grundutredning")
    String page(@PathVariable UUID id, Model model) {
        return render(id, null, FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/grundutredning")
    String save(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "save") String action,
                @ModelAttribute InvestigationForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        boolean complete = action.equals("complete");
        try {
            BasicInvestigation saved = investigations.save(new CaseId(id), version, form.texts(), complete, currentUsers.current());
            redirect.addFlashAttribute("saved", complete
                    ? "Grundutredningen är markerad som klar (version " + saved.version() + ")."
                    : "Grundutredningen är sparad (version " + saved.version() + ").");
            return "redirect:/arenden/" + id + "/grundutredning";
        } catch (InvalidInputException e) {
            return render(id, form, FormErrors.of(e), model);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render(id, form, FormErrors.of("version", e.getMessage()), model);
        }
    }

    @GetMapping("/arenden/{id}/grundutredning/versioner/{version}")
    String version(@PathVariable UUID id, @PathVariable int version, Model model) {
        BasicInvestigationService.VersionPage page = investigations.version(new CaseId(id), version, currentUsers.current());
        model.addAttribute("page", page);
        model.addAttribute("c", page.caseDetails());
        return "investigation/basic-investigation-version";
    }

    private String render(UUID id, InvestigationForm sent, FormErrors errors, Model model) {
        CurrentUser me = currentUsers.current();
        InvestigationPage page = investigations.page(new CaseId(id), me);
        model.addAttribute("page", page);
        model.addAttribute("c", page.caseDetails());
        model.addAttribute("form", sent != null ? sent : InvestigationForm.of(page.investigation(), page.headings()));
        model.addAttribute("errors", errors);
        model.addAttribute("canChange", changes(me));
        return "investigation/basic-investigation";
    }
}
