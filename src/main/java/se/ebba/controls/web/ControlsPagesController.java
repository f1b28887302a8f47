package se.ebba.controls.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
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
import se.ebba.casefile.domain.CaseId;
import se.ebba.controls.ControlsCalendar;
import se.ebba.controls.domain.ControlResult;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormErrors;

/** Årshjul (the month's due checks per caseworker, with month navigation) and the case's controls page with the marking form. */
@Controller
class ControlsPagesController {

    private final ControlsCalendar calendar;
    private final Units units;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ControlsPagesController(ControlsCalendar calendar, Units units, CurrentUsers currentUsers, Clock clock) {
        this.calendar = calendar;
        this.units = units;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/arshjul")
    String month(@RequestParam(required = false) UUID enhet, @RequestParam(required = false) String manad, Model model) {
        CurrentUser me = currentUsers.current();
        if (!me.readsCaseContents() && me.has(se.ebba.identity.domain.Role.QUALITY_DEVELOPER)) {
            return "redirect:/arshjul/kalender";
        }
        List<UnitView> mine = me.units().stream().map(units::get).sorted(Comparator.comparing(UnitView::name)).toList();
        UnitView unit = mine.stream().filter(u -> enhet == null || u.id().value().equals(enhet)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enheten finns inte eller är inte din."));
        YearMonth month = Months.parse(manad, "manad").orElseGet(() -> YearMonth.now(clock.withZone(java.time.ZoneId.of("Europe/Stockholm"))));
        model.addAttribute("view", calendar.month(unit.id(), month, me));
        model.addAttribute("units", mine);
        model.addAttribute("unit", unit);
        model.addAttribute("results", ControlResult.values());
        return "controls/month";
    }

    @GetMapping("/arenden/{id}/kontroller")
    String caseControls(@PathVariable UUID id, @RequestParam(required = false) String kontroll, @RequestParam(required = false) String manad,
                        @RequestParam(required = false) String rattar, Model model) {
        return render(id, MarkForm.empty(kontroll, manad, rattar), FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/kontroller")
    String mark(@PathVariable UUID id, @ModelAttribute MarkForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        try {
            var mark = calendar.mark(new CaseId(id), form.checkId(), form.yearMonth(), form.controlResult(), form.note(), form.correctsId(), me);
            redirect.addFlashAttribute("saved", mark.isDeviation()
                    ? "Kontrollen är markerad som gjord med avvikelse. Dokumentera åtgärden i journalen."
                    : "Kontrollen är markerad som gjord utan anmärkning.");
            return "redirect:/arenden/" + id + "/kontroller";
        } catch (InvalidInputException e) {
            return render(id, form, FormErrors.of(e), model);
        }
    }

    private String render(UUID id, MarkForm form, FormErrors errors, Model model) {
        CurrentUser me = currentUsers.current();
        var controls = calendar.ofCase(new CaseId(id), me);
        model.addAttribute("controls", controls);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("results", ControlResult.values());
        model.addAttribute("target", controls.rows().stream()
                .filter(r -> r.check().id().value().toString().equals(form.check()) && r.month().toString().equals(form.month()))
                .findFirst().orElse(null));
        return "controls/case";
    }
}
