package se.ebba.journal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.journal.JournalService;
import se.ebba.journal.JournalService.CaseJournal;
import se.ebba.journal.domain.JournalEntry;
import se.ebba.journal.domain.JournalEntryType;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;

/** The journal page (also loaded into the case page with htmx) and its form. */
@Controller
class JournalPageController {

    private final JournalService journal;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    JournalPageController(JournalService journal, CurrentUsers currentUsers, Clock clock) {
        this.journal = journal;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/arenden/{id}/journal")
    String page(@PathVariable UUID id, @RequestParam(name = "rattar", required = false) UUID corrects, Model model) {
        Form form = new Form(LocalDate.now(clock).toString(), JournalEntryType.NOTE.name(), "");
        return render(id, corrects, form, FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/journal")
    String write(@PathVariable UUID id, @RequestParam(defaultValue = "") String entryDate,
                 @RequestParam(defaultValue = "NOTE") String type, @RequestParam(defaultValue = "") String text,
                 @RequestParam(required = false) UUID correctsEntryId, Model model, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.current();
        Form form = new Form(entryDate, type, text);
        try {
            LocalDate date = parseDate(entryDate);
            JournalEntryType entryType = parseType(type);
            journal.write(new CaseId(id), new JournalService.NewJournalEntry(date, entryType, text, correctsEntryId), me);
            redirect.addFlashAttribute("saved", "Anteckningen är sparad i journalen.");
            return "redirect:/arenden/" + id + "/journal";
        } catch (InvalidInputException e) {
            return render(id, correctsEntryId, form, FormErrors.of(e), model);
        }
    }

    private String render(UUID id, UUID corrects, Form form, FormErrors errors, Model model) {
        CurrentUser me = currentUsers.current();
        CaseJournal caseJournal = journal.read(new CaseId(id), me);
        model.addAttribute("journal", caseJournal);
        model.addAttribute("canWrite", me.changesCases());
        model.addAttribute("types", java.util.Arrays.stream(JournalEntryType.values()).filter(t -> t != JournalEntryType.CORRECTION).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        JournalEntry corrected = corrects == null ? null
                : caseJournal.entries().stream().filter(e -> e.id().equals(corrects)).findFirst().orElse(null);
        model.addAttribute("corrects", corrected);
        return "journal/journal";
    }

    private static LocalDate parseDate(String text) {
        LocalDate date = FormDates.parse(text, "entryDate");
        if (date == null) {
            throw new InvalidInputException("entryDate", "Ange datum för händelsen.");
        }
        return date;
    }

    private static JournalEntryType parseType(String type) {
        try {
            return JournalEntryType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "Välj typ av anteckning.");
        }
    }

    record Form(String entryDate, String type, String text) {
    }
}
