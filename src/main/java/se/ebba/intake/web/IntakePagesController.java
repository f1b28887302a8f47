package se.ebba.intake.web;

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
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.ContactSummary;
import se.ebba.intake.Contacts;
import se.ebba.intake.EmergencyAssistance;
import se.ebba.intake.ResidenceChecks;
import se.ebba.intake.domain.AssessmentOutcome;
import se.ebba.intake.domain.ChildrenUnitContact;
import se.ebba.intake.domain.ContactChannel;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.EmergencyNeed;
import se.ebba.intake.domain.PreliminaryAssessment;
import se.ebba.intake.web.IntakeForms.AssessmentForm;
import se.ebba.intake.web.IntakeForms.ContactForm;
import se.ebba.intake.web.IntakeForms.EmergencyForm;
import se.ebba.intake.web.IntakeForms.LookupForm;
import se.ebba.intake.web.IntakeForms.ResidenceForm;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormErrors;

/** Mottagning: today's contacts, a new contact, and the contact page with its assessments. */
@Controller
class IntakePagesController {

    private final Contacts contacts;
    private final ResidenceChecks residence;
    private final EmergencyAssistance emergency;
    private final CaseFiles caseFiles;
    private final CurrentUsers currentUsers;

    IntakePagesController(Contacts contacts, ResidenceChecks residence, EmergencyAssistance emergency, CaseFiles caseFiles,
                          CurrentUsers currentUsers) {
        this.contacts = contacts;
        this.residence = residence;
        this.emergency = emergency;
        this.caseFiles = caseFiles;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/mottagning")
    String today(@RequestParam(name = "enhet", required = false) UUID unit, Model model) {
        CurrentUser me = currentUsers.current();
        UnitView chosen = chosenUnit(unit == null ? null : new UnitId(unit), me);
        return todayPage(chosen, ContactForm.empty(chosen.id().value().toString()), null, FormErrors.none(), model, me);
    }

    @PostMapping("/mottagning/sok")
    String lookUp(@ModelAttribute LookupForm form, Model model) {
        CurrentUser me = currentUsers.current();
        UnitView chosen = chosenUnit(IntakeForms.unit(form.unitId()), me);
        try {
            Contacts.PersonLookup found = contacts.lookUp(chosen.id(), form.personalNumber(), me);
            ContactForm prefilled = found.person()
                    .map(p -> new ContactForm(chosen.id().value().toString(), ContactChannel.PHONE.name(), p.personalNumber(), p.firstName(),
                            p.lastName(), null, "", "", ""))
                    .orElse(new ContactForm(chosen.id().value().toString(), ContactChannel.PHONE.name(), found.personalNumber().formatted(), "",
                            "", null, "", "", ""));
            return todayPage(chosen, prefilled, found, FormErrors.none(), model, me);
        } catch (InvalidInputException e) {
            model.addAttribute("lookupNumber", form.personalNumber());
            return todayPage(chosen, ContactForm.empty(chosen.id().value().toString()), null, FormErrors.of(e), model, me);
        }
    }

    @PostMapping("/mottagning/kontakter")
    String take(@ModelAttribute ContactForm form, Model model) {
        CurrentUser me = currentUsers.current();
        UnitView chosen = chosenUnit(IntakeForms.unit(form.unitId()), me);
        try {
            ContactId id = contacts.take(form.toNewContact(), me);
            return "redirect:/mottagning/kontakter/" + id.value();
        } catch (InvalidInputException e) {
            return todayPage(chosen, form, null, FormErrors.of(e), model, me);
        }
    }

    @GetMapping("/mottagning/kontakter/{id}")
    String contact(@PathVariable UUID id, Model model) {
        return contactPage(id, AssessmentForm.empty(), ResidenceForm.empty(), null, FormErrors.none(), model);
    }

    @PostMapping("/mottagning/kontakter/{id}/forhandsbedomning")
    String assess(@PathVariable UUID id, @ModelAttribute AssessmentForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        try {
            PreliminaryAssessment done = contacts.assess(new ContactId(id), form.toInput(), me);
            redirect.addFlashAttribute("saved", done.insists()
                    ? "Förhandsbedömningen är sparad. Personen står fast vid sin ansökan: ansökan är registrerad och ärendet aktualiserat."
                    : done.outcome() == AssessmentOutcome.APPLICATION_REGISTERED
                    ? "Förhandsbedömningen är sparad. Ansökan är registrerad och ärendet aktualiserat."
                    : "Förhandsbedömningen är sparad.");
            return "redirect:/mottagning/kontakter/" + id;
        } catch (InvalidInputException e) {
            return contactPage(id, form, ResidenceForm.empty(), null, FormErrors.of(e), model);
        }
    }

    @PostMapping("/mottagning/kontakter/{id}/tillhorighet")
    String residence(@PathVariable UUID id, @ModelAttribute ResidenceForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        try {
            boolean belongs = residence.record(new ContactId(id), form.toCheck(), me).belongs();
            redirect.addFlashAttribute("saved", belongs ? "Tillhörighetsbedömningen är sparad: personen tillhör enheten."
                    : "Tillhörighetsbedömningen är sparad: personen är hänvisad.");
            return "redirect:/mottagning/kontakter/" + id;
        } catch (InvalidInputException e) {
            return contactPage(id, AssessmentForm.empty(), form, null, FormErrors.of(e), model);
        }
    }

    @PostMapping("/mottagning/kontakter/{id}/ansokan")
    String registerApplication(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        try {
            CaseRef opened = contacts.registerApplication(new ContactId(id), me);
            redirect.addFlashAttribute("saved", "Ansökan är registrerad och ärende " + opened.number().value() + " aktualiserat.");
            return "redirect:/mottagning/kontakter/" + id;
        } catch (InvalidInputException e) {
            return contactPage(id, AssessmentForm.empty(), ResidenceForm.empty(), null, FormErrors.of(e), model);
        }
    }

    @PostMapping("/mottagning/kontakter/{id}/nodprovning")
    String decideEmergency(@PathVariable UUID id, @ModelAttribute EmergencyForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        try {
            EmergencyAssistance.Decided decided = emergency.decide(new ContactId(id), form.toDecision(), me);
            redirect.addFlashAttribute("saved", "Beslutet om nödbistånd är fattat: " + decided.outcome().text().toLowerCase() + ".");
            return "redirect:/mottagning/kontakter/" + id;
        } catch (InvalidInputException e) {
            return contactPage(id, AssessmentForm.empty(), ResidenceForm.empty(), form, FormErrors.of(e), model);
        }
    }

    private String todayPage(UnitView unit, ContactForm form, Contacts.PersonLookup found, FormErrors errors, Model model, CurrentUser me) {
        List<ContactSummary> list = contacts.today(unit.id(), me);
        model.addAttribute("unit", unit);
        model.addAttribute("units", caseFiles.unitsOf(me));
        model.addAttribute("contacts", list);
        model.addAttribute("people", contacts.people(list, me));
        model.addAttribute("form", form);
        model.addAttribute("found", found);
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("errors", errors);
        return "intake/today";
    }

    private String contactPage(UUID id, AssessmentForm assessment, ResidenceForm residenceForm, EmergencyForm emergencyForm, FormErrors errors,
                               Model model) {
        CurrentUser me = currentUsers.current();
        Contacts.ContactPage page = contacts.open(new ContactId(id), me);
        model.addAttribute("page", page);
        model.addAttribute("assessmentForm", assessment);
        model.addAttribute("residenceForm", residenceForm);
        boolean children = page.assessment().map(a -> !a.childrenAges().isEmpty()).orElse(false);
        model.addAttribute("emergencyForm", emergencyForm == null ? EmergencyForm.empty(children) : emergencyForm);
        model.addAttribute("outcomes", AssessmentOutcome.values());
        model.addAttribute("districts", residence.districtChoices());
        model.addAttribute("needs", EmergencyNeed.values());
        model.addAttribute("childrenUnitContacts", ChildrenUnitContact.values());
        model.addAttribute("decisionOutcomes", Outcome.values());
        model.addAttribute("errors", errors);
        return "intake/contact";
    }

    private UnitView chosenUnit(UnitId requested, CurrentUser me) {
        List<UnitView> mine = caseFiles.unitsOf(me);
        if (requested == null) {
            return mine.stream().findFirst().orElseThrow(() -> new NotFoundException("Du arbetar inte på någon enhet."));
        }
        return mine.stream().filter(u -> u.id().equals(requested)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enheten finns inte eller är inte din."));
    }
}
