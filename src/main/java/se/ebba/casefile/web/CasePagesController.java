package se.ebba.casefile.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.CaseSummary;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** The caseworker's pages: Mina ärenden, search, registering a household, the case page, the caseload. */
@Controller
class CasePagesController {

    private final CaseFiles caseFiles;
    private final CurrentUsers currentUsers;

    CasePagesController(CaseFiles caseFiles, CurrentUsers currentUsers) {
        this.caseFiles = caseFiles;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/mina-arenden")
    String myCases(Model model) {
        model.addAttribute("cases", caseFiles.myCases(currentUsers.current()));
        return "casefile/my-cases";
    }

    // ------------------------------------------------------------------ search (POST: no personal data in URLs)

    @GetMapping("/sok")
    String searchPage(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "casefile/search";
    }

    @PostMapping("/sok")
    String search(@RequestParam(defaultValue = "") String query, Model model,
                  @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("query", query);
        try {
            List<CaseSummary> hits = caseFiles.search(query, currentUsers.current());
            model.addAttribute("hits", hits);
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
        }
        return htmx != null ? "casefile/search :: results" : "casefile/search";
    }

    // ------------------------------------------------------------------ register a household

    @GetMapping("/hushall/ny")
    String registerForm(Model model) {
        HouseholdForm form = new HouseholdForm();
        CurrentUser me = requireRegistrar();
        form.setUnitId(me.units().size() == 1 ? me.units().iterator().next().value().toString() : null);
        form.ensureRows(1, 0);
        return registerPage(model, form, FormErrors.none(), me);
    }

    @PostMapping("/hushall/ny")
    String register(@ModelAttribute("form") HouseholdForm form, @RequestParam(defaultValue = "save") String action, Model model,
                    RedirectAttributes redirect) {
        CurrentUser me = requireRegistrar();
        if (action.equals("addChild")) {
            form.ensureRows(form.getChildren().size() + 1, 0);
            return registerPage(model, form, FormErrors.none(), me);
        }
        if (action.equals("addAdult")) {
            form.ensureRows(0, form.getOtherAdults().size() + 1);
            return registerPage(model, form, FormErrors.none(), me);
        }
        form.compact();
        try {
            CaseRef opened = caseFiles.registerHousehold(form.toRegistration(), me);
            redirect.addFlashAttribute("saved", "Hushållet är registrerat och ärende " + opened.number().value() + " är aktualiserat.");
            return "redirect:/arenden/" + opened.id().value();
        } catch (InvalidInputException e) {
            form.ensureRows(1, 0);
            return registerPage(model, form, FormErrors.of(withPersonLabels(e)), me);
        } catch (IllegalArgumentException e) {
            // a tampered unit or caseworker id
            form.ensureRows(1, 0);
            return registerPage(model, form, FormErrors.of("unitId", "Välj enhet och handläggare i listorna."), me);
        }
    }

    /** Says in the error summary which person a message is about: "Barn 2: Ange förnamn." */
    static InvalidInputException withPersonLabels(InvalidInputException e) {
        return new InvalidInputException(e.errors().stream().map(f -> {
            String field = f.field();
            String label = null;
            if (field.startsWith("applicant.")) {
                label = "Sökande";
            } else if (field.startsWith("coApplicant.")) {
                label = "Medsökande";
            } else if (field.startsWith("children[")) {
                label = "Barn " + (Integer.parseInt(field.substring(9, field.indexOf(']'))) + 1);
            } else if (field.startsWith("otherAdults[")) {
                label = "Annan vuxen " + (Integer.parseInt(field.substring(12, field.indexOf(']'))) + 1);
            }
            return label == null ? f : new InvalidInputException.FieldError(field, label + ": " + f.message());
        }).toList());
    }

    private String registerPage(Model model, HouseholdForm form, FormErrors errors, CurrentUser me) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        List<UnitView> myUnits = caseFiles.unitsOf(me);
        model.addAttribute("units", myUnits);
        if (me.allocatesCases()) {
            model.addAttribute("caseworkers", me.units().stream().flatMap(u -> caseFiles.caseworkersOf(u).stream()).distinct().toList());
        }
        return "casefile/register";
    }

    private CurrentUser requireRegistrar() {
        CurrentUser me = currentUsers.current();
        if (!me.registersHouseholds()) {
            throw new ForbiddenException("Din roll får inte registrera hushåll.");
        }
        return me;
    }

    // ------------------------------------------------------------------ the case page

    @GetMapping("/arenden/{id}")
    String casePage(@PathVariable UUID id, Model model) {
        CurrentUser me = currentUsers.current();
        var details = caseFiles.open(new CaseId(id), me);
        model.addAttribute("c", details);
        model.addAttribute("caseworkers", details.canAllocate() ? caseFiles.caseworkersOf(details.unit().id()) : List.of());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "casefile/case";
    }

    @PostMapping("/arenden/{id}/status")
    String changeState(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) CaseState state,
                       @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        try {
            if (state == null) {
                throw new InvalidInputException("state", "Välj ny status.");
            }
            // Leaving intake goes through Remittera (complete grundutredning and a decision, PROCESS.md §1);
            // a closed case comes back through Återaktualisera (return period, §4). Here a case can only be closed.
            if (state != CaseState.CLOSED) {
                throw new InvalidInputException("state", state == CaseState.OPEN_ONGOING
                        ? "Ett ärende lämnar mottagningen genom Remittera, som kräver en komplett grundutredning och ett beslut."
                        : "Ett avslutat ärende aktualiseras igen med Återaktualisera.");
            }
            caseFiles.changeState(new CaseId(id), version, state, reason, currentUsers.current());
            redirect.addFlashAttribute("saved", "Ärendets status är ändrad till " + state.text() + ".");
            return "redirect:/arenden/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return casePage(id, model);
        }
    }

    @PostMapping("/arenden/{id}/fordelning")
    String assign(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) UUID caseworker,
                  @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        try {
            caseFiles.assign(new CaseId(id), version, caseworker == null ? null : new UserId(caseworker), reason, currentUsers.current());
            redirect.addFlashAttribute("saved", "Ärendet har fått ny ansvarig handläggare.");
            return "redirect:/arenden/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return casePage(id, model);
        }
    }

    // ------------------------------------------------------------------ caseload and allocation

    @GetMapping("/arendefordelning")
    String caseload(@RequestParam(required = false) UUID enhet, Model model) {
        CurrentUser me = currentUsers.current();
        if (me.units().isEmpty()) {
            throw new ForbiddenException("Du tillhör ingen enhet.");
        }
        UnitId unit = enhet != null ? new UnitId(enhet) : me.units().stream().sorted(java.util.Comparator.comparing(UnitId::toString))
                .findFirst().orElseThrow();
        model.addAttribute("load", caseFiles.caseload(unit, me));
        model.addAttribute("myUnits", caseFiles.unitsOf(me));
        model.addAttribute("caseworkers", caseFiles.caseworkersOf(unit));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "casefile/caseload";
    }

    @PostMapping("/arendefordelning/intervall")
    String addRange(@RequestParam UUID unit, @RequestParam(required = false) UUID caseworker,
                    @RequestParam(required = false) Integer firstDay, @RequestParam(required = false) Integer lastDay,
                    Model model, RedirectAttributes redirect) {
        try {
            caseFiles.addBirthDayRange(new UnitId(unit), caseworker == null ? null : new UserId(caseworker), firstDay, lastDay,
                    currentUsers.current());
            redirect.addFlashAttribute("saved", "Födelsedagsintervallet är sparat.");
            return "redirect:/arendefordelning?enhet=" + unit;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return caseload(unit, model);
        }
    }

    @PostMapping("/arendefordelning/intervall/{rangeId}/ta-bort")
    String retireRange(@PathVariable UUID rangeId, @RequestParam UUID unit, RedirectAttributes redirect) {
        caseFiles.retireBirthDayRange(new UnitId(unit), rangeId, currentUsers.current());
        redirect.addFlashAttribute("saved", "Intervallet är borttaget. Nya ärenden med de födelsedagarna fördelas av arbetsledaren.");
        return "redirect:/arendefordelning?enhet=" + unit;
    }
}
