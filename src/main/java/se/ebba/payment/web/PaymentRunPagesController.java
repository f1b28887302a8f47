package se.ebba.payment.web;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.payment.PaymentRuns;
import se.ebba.payment.domain.PaymentRun;
import se.ebba.payment.domain.PaymentRunId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;

/** Utbetalningskörningar: the cashier starts a run for a date, downloads its file and records the bank's answer. */
@Controller
class PaymentRunPagesController {

    private final PaymentRuns runs;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PaymentRunPagesController(PaymentRuns runs, CurrentUsers currentUsers, Clock clock) {
        this.runs = runs;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The run form: one field. */
    record RunForm(String paymentDate) {
    }

    /** The bank's answer about one payment: the version the cashier saw and the bank's reason. */
    record ReturnForm(long version, @Size(max = 500) String reason) {
    }

    @GetMapping("/utbetalningskorningar")
    String list(Model model) {
        return renderList(new RunForm(LocalDate.now(clock).toString()), FormErrors.none(), model);
    }

    @PostMapping("/utbetalningskorningar")
    String start(@RequestParam(defaultValue = "") String paymentDate, Model model, RedirectAttributes redirect) {
        try {
            LocalDate date = FormDates.parse(paymentDate, "paymentDate");
            PaymentRun run = runs.start(date, currentUsers.current());
            redirect.addFlashAttribute("saved", "Körningen är klar: " + run.payments() + " utbetalningar, "
                    + se.ebba.calculation.domain.Kronor.format(run.total()) + " kr. Hämta betalfilen och lämna den till banken.");
            return "redirect:/utbetalningskorningar/" + run.id();
        } catch (InvalidInputException e) {
            return renderList(new RunForm(paymentDate), FormErrors.of(e), model);
        }
    }

    @GetMapping("/utbetalningskorningar/{id}")
    String run(@PathVariable UUID id, Model model) {
        return renderRun(id, FormErrors.none(), null, model);
    }

    @GetMapping("/utbetalningskorningar/{id}/fil")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        PaymentRuns.RunFileDownload file = runs.file(new PaymentRunId(id), currentUsers.current());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    @PostMapping("/utbetalningskorningar/{id}/genomford")
    String settle(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            int settled = runs.settle(new PaymentRunId(id), currentUsers.current());
            redirect.addFlashAttribute("saved", settled + " utbetalningar är registrerade som genomförda.");
            return "redirect:/utbetalningskorningar/" + id;
        } catch (InvalidInputException e) {
            return renderRun(id, FormErrors.of(e), null, model);
        }
    }

    @PostMapping("/utbetalningskorningar/{id}/utbetalningar/{paymentId}/retur")
    String markReturned(@PathVariable UUID id, @PathVariable UUID paymentId, ReturnForm form, Model model, RedirectAttributes redirect) {
        try {
            runs.markReturned(new PaymentRunId(id), paymentId, form.version(), form.reason(), currentUsers.current());
            redirect.addFlashAttribute("saved", "Utbetalningen är registrerad som returnerad och går tillbaka till ekonomihandläggaren.");
            return "redirect:/utbetalningskorningar/" + id;
        } catch (InvalidInputException e) {
            return renderRun(id, FormErrors.of(e), paymentId, model);
        }
    }

    private String renderList(RunForm form, FormErrors errors, Model model) {
        CurrentUser me = currentUsers.current();
        model.addAttribute("runs", runs.runs(me));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "payment/runs";
    }

    private String renderRun(UUID id, FormErrors errors, UUID failedPayment, Model model) {
        model.addAttribute("view", runs.view(new PaymentRunId(id), currentUsers.current()));
        model.addAttribute("errors", errors);
        model.addAttribute("failedPayment", failedPayment);
        return "payment/run";
    }
}
