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
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUsers;
import se.ebba.investigation.InitialAssessmentService;
import se.ebba.investigation.web.InitialAssessmentForms.Part1Form;
import se.ebba.investigation.web.InitialAssessmentForms.Part3Form;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** Initial bedömning parts 1 and 3: one page, two forms, each saved as a new version. */
@Controller
class InitialAssessmentPagesController {

    private final InitialAssessmentService assessments;
    private final CurrentUsers currentUsers;

    InitialAssessmentPagesController(InitialAssessmentService assessments, CurrentUsers currentUsers) {
        this.assessments = assessments;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/{id}/initial-bedomning")
    String page(@PathVariable UUID id, Model model) {
        return render(id, null, null, null, FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/initial-bedomning/del-1")
    String savePart1(@PathVariable UUID id, @RequestParam int version, @ModelAttribute("part1") Part1Form form, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var saved = assessments.savePart1(new CaseId(id), version, form.content(), currentUsers.current());
            redirect.addFlashAttribute("saved", "Initial bedömning del 1 är sparad (version " + saved.version() + ").");
            return "redirect:/arenden/" + id + "/initial-bedomning";
        } catch (InvalidInputException e) {
            return render(id, "del-1", form, null, FormErrors.of(e), model);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render(id, "del-1", form, null, FormErrors.of("part1-version", e.getMessage()), model);
        }
    }

    @PostMapping("/arenden/{id}/initial-bedomning/del-3")
    String savePart3(@PathVariable UUID id, @RequestParam int version, @ModelAttribute("part3") Part3Form form, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var saved = assessments.savePart3(new CaseId(id), version, form.content(), currentUsers.current());
            redirect.addFlashAttribute("saved", "Initial bedömning del 3 är sparad (version " + saved.version() + ").");
            return "redirect:/arenden/" + id + "/initial-bedomning#del-3";
        } catch (InvalidInputException e) {
            return render(id, "del-3", null, form, FormErrors.of(e), model);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render(id, "del-3", null, form, FormErrors.of("part3-version", e.getMessage()), model);
        }
    }

    /** The page; a form sent with errors is shown as it was sent, the other as saved. */
    private String render(UUID id, String failed, Part1Form part1, Part3Form part3, FormErrors errors, Model model) {
        InitialAssessmentService.Page page = assessments.page(new CaseId(id), currentUsers.current());
        model.addAttribute("page", page);
        model.addAttribute("c", page.caseDetails());
        model.addAttribute("part1", part1 != null ? part1 : Part1Form.of(page.part1()));
        model.addAttribute("part3", part3 != null ? part3 : Part3Form.of(page.part3()));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("canChange", InvestigationPagesController.changes(currentUsers.current()));
        return "investigation/initial-assessment";
    }
}
