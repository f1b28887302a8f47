package se.ebba.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ebba.identity.CurrentUsers;
import se.ebba.payment.PaymentChecks;
import se.ebba.payment.domain.Payment;
import se.ebba.payment.domain.PaymentId;
import se.ebba.shared.InvalidInputException;

/**
 * The cashier's check through the API: verify or reject one payment at the version read, or verify
 * many at once. The same rules as the page (four eyes, the unit, the version) and the same log rows.
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "The cashier's check (attest) of proposed payments")
class PaymentCheckApiController {

    private final PaymentChecks checks;
    private final CurrentUsers currentUsers;

    PaymentCheckApiController(PaymentChecks checks, CurrentUsers currentUsers) {
        this.checks = checks;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Verifies the payment at the version read; 409 when it has changed since, 403 for the decider or a non-cashier")
    PaymentResponse verify(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return PaymentResponse.of(checks.verify(new PaymentId(id), version(request == null ? null : request.version()), currentUsers.current()));
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "Rejects the payment at the version read, with the reason; it goes back to the payment officer")
    PaymentResponse reject(@PathVariable UUID id, @RequestBody RejectionRequest request) {
        Long version = request == null ? null : request.version();
        return PaymentResponse.of(checks.reject(new PaymentId(id), version(version), request == null ? null : request.reason(),
                currentUsers.current()));
    }

    @PostMapping("/verifications")
    @Operation(summary = "Verifies many payments, each at the version read; answers which were verified and why the others were not")
    VerificationsResponse verifyAll(@RequestBody VerificationsRequest request) {
        if (request == null || request.payments() == null || request.payments().isEmpty()) {
            throw new InvalidInputException("payments", "Ange minst en utbetalning (id och version) att attestera.");
        }
        List<PaymentChecks.Verification> wanted = request.payments().stream().map(p -> {
            if (p == null || p.id() == null) {
                throw new InvalidInputException("payments", "Varje utbetalning behöver sitt id.");
            }
            return new PaymentChecks.Verification(new PaymentId(p.id()), version(p.version()));
        }).toList();
        PaymentChecks.Verifications done = checks.verifyAll(wanted, currentUsers.current());
        return new VerificationsResponse(done.verified().stream().map(PaymentResponse::of).toList(),
                done.refused().stream().map(r -> new NotVerifiedResponse(r.id().value(), r.reason())).toList());
    }

    private static long version(Long version) {
        if (version == null || version < 0) {
            throw new InvalidInputException("version", "Ange utbetalningens version som du läste den (ett heltal, 0 eller större).");
        }
        return version;
    }

    record VersionRequest(Long version) {
    }

    record RejectionRequest(Long version, String reason) {
    }

    record VerificationsRequest(List<VersionedId> payments) {
    }

    record VersionedId(UUID id, Long version) {
    }

    /** A payment after the check: its state and its new version. */
    record PaymentResponse(UUID id, String state, long version, long amount) {

        static PaymentResponse of(Payment p) {
            return new PaymentResponse(p.id().value(), p.state().name(), p.version() + 1, p.amount());
        }
    }

    record NotVerifiedResponse(UUID id, String reason) {
    }

    record VerificationsResponse(List<PaymentResponse> verified, List<NotVerifiedResponse> notVerified) {
    }
}
