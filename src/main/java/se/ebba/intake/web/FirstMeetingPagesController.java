package se.ebba.intake.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.domain.UserId;
import se.ebba.intake.Summonses;
import se.ebba.intake.domain.MeetingOutcome;
import se.ebba.intake.domain.MeetingOutcomeKind;
import se.ebba.intake.domain.Summons;
import se.ebba.intake.domain.SummonsId;
import se.ebba.intake.web.IntakeDocumentForms.BookingForm;
import se.ebba.intake.web.IntakeDocumentForms.OutcomeForm;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormErrors;
import se.ebba.shared.web.FormValues;

/** Kallelse och första besök: book the meeting, download the summons, record whether the meeting was held. */
@Controller
class FirstMeetingPagesController {

    private final Summonses summonses;
    private final CurrentUsers currentUsers;

    FirstMeetingPagesController(Summonses summonses, CurrentUsers currentUsers) {
        this.summonses = summonses;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/{id}/kallelse")
    String page(@PathVariable UUID id, Model model) {
        return render(id, BookingForm.empty(), null, FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/kallelse")
    String book(@PathVariable UUID id, @ModelAttribute BookingForm form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate date = IntakeDocumentForms.date(form.date(), "date", errors);
            LocalTime time = IntakeDocumentForms.time(form.time(), "time", errors);
            UUID investigator = IntakeDocumentForms.id(form.investigator(), "investigator", "Välj utredaren i listan.", errors);
            IntakeDocumentForms.throwIfAny(errors);
            Summons booked = summonses.book(new CaseId(id), new Summonses.NewBooking(date == null || time == null ? null : LocalDateTime.of(date, time), form.place(),
                    investigator == null ? null : new UserId(investigator)), currentUsers.current());
            redirect.addFlashAttribute("saved", "Besöket är bokat till " + booked.meetingOn() + " kl. " + booked.meetingAt().toLocalTime()
                    + " hos " + booked.investigatorName() + ". Hämta kallelsen och skicka den till sökanden.");
            return "redirect:/arenden/" + id + "/kallelse";
        } catch (InvalidInputException e) {
            return render(id, form, null, FormErrors.of(e), model);
        }
    }

    @PostMapping("/arenden/{id}/kallelse/{summons}/utfall")
    String outcome(@PathVariable UUID id, @PathVariable UUID summons, @ModelAttribute OutcomeForm form, Model model,
                   RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = IntakeDocumentForms.date(form.occurredOn(), "occurredOn", errors);
            IntakeDocumentForms.throwIfAny(errors);
            MeetingOutcome outcome = summonses.recordOutcome(new CaseId(id), new SummonsId(summons),
                    FormValues.choice(MeetingOutcomeKind.class, form.outcome()), on, form.note(), currentUsers.current());
            redirect.addFlashAttribute("saved", switch (outcome.kind()) {
                case HELD -> "Första besöket är registrerat som genomfört den " + outcome.occurredOn() + ".";
                case CANCELLED -> "Besöket är registrerat som inställt. Boka en ny tid.";
                case NO_SHOW -> "Det är registrerat att sökanden inte kom. Boka en ny tid.";
            });
            return "redirect:/arenden/" + id + "/kallelse";
        } catch (InvalidInputException e) {
            return render(id, BookingForm.empty(), form, FormErrors.of(e), model);
        }
    }

    @GetMapping("/arenden/{id}/kallelse/{summons}/kallelse.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID id, @PathVariable UUID summons) {
        byte[] pdf = summonses.letterPdf(new CaseId(id), new SummonsId(summons), currentUsers.current());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("kallelse.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private String render(UUID id, BookingForm booking, OutcomeForm outcome, FormErrors errors, Model model) {
        Summonses.FirstMeetingPage page = summonses.page(new CaseId(id), currentUsers.current());
        model.addAttribute("page", page);
        model.addAttribute("booking", booking);
        model.addAttribute("outcome", outcome == null
                ? new OutcomeForm(MeetingOutcomeKind.HELD.name(), page.today().toString(), "") : outcome);
        model.addAttribute("outcomes", MeetingOutcomeKind.values());
        model.addAttribute("canChange", CaseAccessPolicy.mayChange(currentUsers.current().roles(), CaseContent.INTAKE_DOCUMENTS));
        model.addAttribute("errors", errors);
        return "intake/first-meeting";
    }
}
