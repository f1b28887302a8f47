package se.ebba.decision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.decision.Delegations;
import se.ebba.decision.domain.DecisionType;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;
import se.ebba.shared.web.FormValues;

/** The administrator's page for a unit's delegation order. */
@Controller
@RequestMapping("/admin/delegation")
class DelegationAdminController {

    private final Delegations delegations;
    private final Units units;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    DelegationAdminController(Delegations delegations, Units units, CurrentUsers currentUsers, Clock clock) {
        this.delegations = delegations;
        this.units = units;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) UUID enhet, Model model) {
        UnitView unit = units.chosenOrFirst(enhet == null ? null : new UnitId(enhet));
        model.addAttribute("unit", unit);
        model.addAttribute("units", units.all());
        model.addAttribute("rules", delegations.rules(unit.id()));
        model.addAttribute("types", DecisionType.values());
        model.addAttribute("roles", Delegations.DELEGABLE.stream().sorted().toList());
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DelegationForm.empty());
        }
        return "decision/delegation";
    }

    @PostMapping
    String add(@RequestParam UUID unit, @ModelAttribute("delegationForm") DelegationForm form, Model model, RedirectAttributes redirect) {
        units.get(new UnitId(unit)); // an unknown unit is "not found", never a foreign-key error
        try {
            Long max;
            try {
                max = FormValues.amount(form.maxAmount());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("maxAmount", "Skriv högsta belopp i hela kronor, eller lämna tomt för obegränsat.");
            }
            delegations.add(new UnitId(unit), new Delegations.NewRule(form.code(),
                    FormValues.choice(DecisionType.class, form.type()),
                    FormValues.choice(Role.class, form.role()), max,
                    FormDates.parse(form.validFrom(), "validFrom"), form.source()), currentUsers.current());
            redirect.addFlashAttribute("saved", "Delegationen är sparad.");
            return "redirect:/admin/delegation?enhet=" + unit;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("form", form);
            return page(unit, model);
        }
    }

    @PostMapping("/avsluta")
    String end(@RequestParam UUID unit, @RequestParam String code, @RequestParam(defaultValue = "") String lastDay, Model model,
               RedirectAttributes redirect) {
        units.get(new UnitId(unit)); // an unknown unit is "not found", never a foreign-key error
        try {
            LocalDate last = FormDates.parse(lastDay, "lastDay");
            delegations.end(new UnitId(unit), code, last, currentUsers.current());
            redirect.addFlashAttribute("saved", "Punkt " + code + " gäller till och med " + last + ".");
            return "redirect:/admin/delegation?enhet=" + unit;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return page(unit, model);
        }
    }
}
