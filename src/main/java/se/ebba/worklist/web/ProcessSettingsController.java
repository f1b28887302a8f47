package se.ebba.worklist.web;

import java.time.Clock;
import java.time.LocalDate;
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
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormErrors;
import se.ebba.worklist.UnitProcessSettings;

/** Processinställningar: the unit's deadlines and periods, and the unit manager's form for new settings from a date. */
@Controller
@RequestMapping("/processinstallningar")
class ProcessSettingsController {

    private final UnitProcessSettings settings;
    private final Units units;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ProcessSettingsController(UnitProcessSettings settings, Units units, CurrentUsers currentUsers, Clock clock) {
        this.settings = settings;
        this.units = units;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) UUID enhet, Model model) {
        CurrentUser me = currentUsers.current();
        UnitView unit = unitOf(me, enhet);
        var page = settings.page(unit.id(), me);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProcessSettingsForm.of(page.current(), LocalDate.now(clock).plusDays(1)));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("page", page);
        model.addAttribute("units", myUnits(me));
        model.addAttribute("unit", unit);
        return "worklist/settings";
    }

    @PostMapping
    String change(@RequestParam UUID enhet, @ModelAttribute("form") ProcessSettingsForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        UnitView unit = unitOf(me, enhet);
        try {
            settings.change(unit.id(), form.toSettings(), me);
            redirect.addFlashAttribute("saved", "De nya inställningarna är sparade och gäller från " + form.validFrom().strip() + ".");
            return "redirect:/processinstallningar?enhet=" + unit.id().value();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return page(unit.id().value(), model);
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
