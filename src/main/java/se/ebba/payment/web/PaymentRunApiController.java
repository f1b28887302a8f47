package se.ebba.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ebba.identity.CurrentUsers;
import se.ebba.payment.PaymentRuns;
import se.ebba.payment.domain.PaymentRun;
import se.ebba.payment.domain.PaymentRunId;
import se.ebba.shared.InvalidInputException;

@RestController
@RequestMapping("/api/v1/payment-runs")
@Tag(name = "Payment runs", description = "The cashier's payment runs and their ISO 20022 pain.001.001.03 files")
class PaymentRunApiController {

    private final PaymentRuns runs;
    private final CurrentUsers currentUsers;

    PaymentRunApiController(PaymentRuns runs, CurrentUsers currentUsers) {
        this.runs = runs;
        this.currentUsers = currentUsers;
    }

    @PostMapping
    @Operation(summary = "Runs the verified payments of the cashier's units due on or before paymentDate into one pain.001 file; "
            + "send an Idempotency-Key to make a retry harmless")
    ResponseEntity<RunResponse> start(@RequestBody RunRequest request) {
        if (request == null || request.paymentDate() == null) {
            throw new InvalidInputException("paymentDate", "Ange utbetalningsdag (ÅÅÅÅ-MM-DD).");
        }
        PaymentRun run = runs.start(request.paymentDate(), currentUsers.current());
        RunResponse body = RunResponse.of(run);
        return ResponseEntity.created(URI.create("/api/v1/payment-runs/" + run.id())).body(body);
    }

    @GetMapping
    @Operation(summary = "The runs of the cashier's units, newest first")
    List<RunResponse> list() {
        return runs.runs(currentUsers.current()).stream().map(RunResponse::of).toList();
    }

    @GetMapping(value = "/{id}/file", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The run's pain.001.001.03 file exactly as stored")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        PaymentRuns.RunFileDownload file = runs.file(new PaymentRunId(id), currentUsers.current());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    record RunRequest(LocalDate paymentDate) {
    }

    /** @param total whole kronor */
    record RunResponse(UUID id, LocalDate paymentDate, int payments, long total, String file, Instant createdAt) {

        static RunResponse of(PaymentRun run) {
            return new RunResponse(run.id().value(), run.paymentDate(), run.payments(), run.total(),
                    "/api/v1/payment-runs/" + run.id() + "/file", run.createdAt());
        }
    }
}
