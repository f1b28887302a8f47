package se.ebba.calculation.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.CostCap;
import se.ebba.calculation.domain.CostType;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;

/** The administrator's page for a unit's caps on reasonable costs (highest acceptable rent and so on). */
@Controller
@RequestMapping("/admin/tak")
class CostCapAdminController {

    private final RuleTables rules;
    private final Units units;
    private final CurrentUsers currentUsers;

    CostCapAdminController(RuleTables rules, Units units, CurrentUsers currentUsers) {
        this.rules = rules;
        this.units = units;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String page(@RequestParam(required = false) UUID enhet, Model model) {
        UnitView unit = units.chosenOrFirst(enhet == null ? null : new UnitId(enhet));
        model.addAttribute("unit", unit);
        model.addAttribute("units", units.all());
        model.addAttribute("caps", rules.allCostCaps(unit.id()));
        model.addAttribute("costTypes", CostType.values());
        model.addAttribute("today", LocalDate.now());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "calculation/cost-caps";
    }

    @PostMapping
    String add(@RequestParam UUID unit, @RequestParam(required = false) CostType type,
               @RequestParam(required = false) Integer minAdults, @RequestParam(required = false) Integer maxAdults,
               @RequestParam(required = false) Integer minChildren, @RequestParam(required = false) Integer maxChildren,
               @RequestParam(required = false) Long amount, @RequestParam(defaultValue = "") String description,
               @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String validFrom,
               Model model, RedirectAttributes redirect) {
        units.get(new UnitId(unit)); // an unknown unit is "not found", never a foreign-key error
        try {
            rules.addCostCap(new UnitId(unit), new CostCap(type, minAdults, maxAdults, minChildren, maxChildren,
                    amount == null ? 0 : amount, description.strip(), source.strip()), FormDates.parse(validFrom, "validFrom"), currentUsers.current().username());
            redirect.addFlashAttribute("saved", "Taket är sparat.");
            return "redirect:/admin/tak?enhet=" + unit;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return page(unit, model);
        }
    }

    @PostMapping("/{capId}/avsluta")
    String end(@PathVariable UUID capId, @RequestParam UUID unit, @RequestParam(defaultValue = "") String lastDay,
               Model model, RedirectAttributes redirect) {
        units.get(new UnitId(unit)); // an unknown unit is "not found", never a foreign-key error
        try {
            LocalDate last = FormDates.parse(lastDay, "lastDay");
            if (last == null) {
                throw new InvalidInputException("lastDay", "Ange sista dagen taket gäller.");
            }
            rules.endCostCap(new UnitId(unit), capId, last);
            redirect.addFlashAttribute("saved", "Taket gäller till och med " + last + ".");
            return "redirect:/admin/tak?enhet=" + unit;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return page(unit, model);
        }
    }

}
