package se.ebba.worklist.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormErrors;
import se.ebba.worklist.CaseReopening;
import se.ebba.worklist.Worklists;

/** Mina uppgifter (loaded into Mina ärenden with htmx), Teamets uppgifter, and Återaktualisera on the case page. */
@Controller
class WorklistPagesController {

    private final Worklists worklists;
    private final CaseReopening reopening;
    private final Units units;
    private final CurrentUsers currentUsers;

    WorklistPagesController(Worklists worklists, CaseReopening reopening, Units units, CurrentUsers currentUsers) {
        this.worklists = worklists;
        this.reopening = reopening;
        this.units = units;
        this.currentUsers = currentUsers;
    }

    /** The caseworker's tasks: the fragment for Mina ärenden (htmx), or a page of its own without script. */
    @GetMapping("/mina-arenden/uppgifter")
    String myTasks(Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("tasks", worklists.myTasks(currentUsers.current()));
        return htmx != null ? "worklist/my-tasks :: tasks" : "worklist/my-tasks";
    }

    @GetMapping("/teamets-uppgifter")
    String teamTasks(@RequestParam(required = false) UUID enhet, Model model) {
        CurrentUser me = currentUsers.current();
        List<UnitView> mine = me.units().stream().map(units::get).sorted(java.util.Comparator.comparing(UnitView::name)).toList();
        UnitView unit = mine.stream().filter(u -> enhet == null || u.id().value().equals(enhet)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enheten finns inte eller är inte din."));
        model.addAttribute("team", worklists.teamTasks(unit.id(), me));
        model.addAttribute("units", mine);
        model.addAttribute("unit", unit);
        return "worklist/team-tasks";
    }

    /** Återaktualisera a closed case (the form on the case page); errors are shown on the case page. */
    @PostMapping("/arenden/{id}/ateraktualisera")
    String reopen(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String reopenReason,
                  RedirectAttributes redirect) {
        try {
            CaseRef ref = reopening.reopen(new CaseId(id), version, reopenReason, currentUsers.current());
            redirect.addFlashAttribute("saved", "Ärendet är aktualiserat igen: " + ref.state().text()
                    + (ref.responsibleCaseworker() == null ? ", ej fördelat." : ", åter hos tidigare handläggare."));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", FormErrors.of(new InvalidInputException(e.errors().stream()
                    .map(f -> new InvalidInputException.FieldError("reopenReason", f.message())).toList())));
        }
        return "redirect:/arenden/" + id;
    }
}
