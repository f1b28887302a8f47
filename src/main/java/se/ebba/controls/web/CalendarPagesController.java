package se.ebba.controls.web;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.controls.CalendarAdministration;
import se.ebba.controls.domain.Concerns;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormErrors;

/** The unit's controls calendar: the checks, their months and sources, and the unit manager's form for a new version of a check. */
@Controller
@RequestMapping("/arshjul/kalender")
class CalendarPagesController {

    private final CalendarAdministration administration;
    private final Units units;
    private final CurrentUsers currentUsers;

    CalendarPagesController(CalendarAdministration administration, Units units, CurrentUsers currentUsers) {
        this.administration = administration;
        this.units = units;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String page(@RequestParam(required = false) UUID enhet, @RequestParam(required = false) UUID kontroll, Model model) {
        CurrentUser me = currentUsers.current();
        UnitView unit = unitOf(me, enhet);
        var page = administration.page(unit.id(), me);
        if (!model.containsAttribute("form")) {
            YearMonth next = page.month().plusMonths(1);
            model.addAttribute("form", page.inForce().stream().filter(c -> c.id().value().equals(kontroll)).findFirst()
                    .map(c -> CheckForm.of(c, next)).orElseGet(() -> CheckForm.blank(next)));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("page", page);
        model.addAttribute("units", myUnits(me));
        model.addAttribute("unit", unit);
        model.addAttribute("concerns", Concerns.values());
        return "controls/calendar";
    }

    @PostMapping
    String record(@RequestParam UUID enhet, @ModelAttribute("form") CheckForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        UnitView unit = unitOf(me, enhet);
        try {
            var check = form.toCheck();
            administration.record(unit.id(), check, me);
            redirect.addFlashAttribute("saved", "Kontrollen är sparad i årshjulet och gäller från " + check.validFrom() + ".");
            return "redirect:/arshjul/kalender?enhet=" + unit.id().value();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return page(unit.id().value(), null, model);
        }
    }

    private List<UnitView> myUnits(CurrentUser me) {
        return me.units().stream().map(units::get).sorted(Comparator.comparing(UnitView::name)).toList();
    }

    private UnitView unitOf(CurrentUser me, UUID chosen) {
        return myUnits(me).stream().filter(u -> chosen == null || u.id().value().equals(chosen)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enheten finns inte eller är inte din."));
    }
}
