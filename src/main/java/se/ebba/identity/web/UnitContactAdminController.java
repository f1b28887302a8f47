package se.ebba.identity.web;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.identity.AdministrationChanged;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitContact;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** The administrator enters how applicants reach a unit: printed on every decision letter of the unit. */
@Controller
@RequestMapping("/admin/enheter/{id}")
class UnitContactAdminController {

    private final Units units;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;

    UnitContactAdminController(Units units, CurrentUsers currentUsers, ApplicationEventPublisher events) {
        this.units = units;
        this.currentUsers = currentUsers;
        this.events = events;
    }

    @GetMapping
    String form(@PathVariable UUID id, Model model) {
        UnitView unit = units.get(new UnitId(id));
        return page(model, unit, units.contact(unit.id()), FormErrors.none());
    }

    @PostMapping
    String change(@PathVariable UUID id, @RequestParam(defaultValue = "") String postalAddress, @RequestParam(defaultValue = "") String phone,
                  @RequestParam(defaultValue = "") String contactPerson, Model model, RedirectAttributes redirect) {
        UnitView unit = units.get(new UnitId(id));
        UnitContact contact = new UnitContact(postalAddress, phone, contactPerson);
        try {
            units.changeContact(unit.id(), contact);
            events.publishEvent(new AdministrationChanged(currentUsers.current(), AdministrationChanged.What.UNIT, unit.id(),
                    "Ändrade kontaktuppgifterna i beslutsbrev för enhet " + unit.code()));
            redirect.addFlashAttribute("saved", "Kontaktuppgifterna för " + unit.name() + " är sparade.");
            return "redirect:/admin/enheter";
        } catch (InvalidInputException e) {
            return page(model, unit, contact, FormErrors.of(e));
        }
    }

    private static String page(Model model, UnitView unit, UnitContact contact, FormErrors errors) {
        model.addAttribute("unit", unit);
        model.addAttribute("contact", contact);
        model.addAttribute("errors", errors);
        return "admin/unit-contact";
    }
}
