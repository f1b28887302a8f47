package se.ebba.payment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Payments, debtors and files for the run's domain tests. */
final class PaymentRunFixtures {

    static final UUID UNIT = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    static final UUID OTHER_UNIT = UUID.fromString("00000000-0000-4000-8000-00000000a002");
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    static final Instant AT = Instant.parse("2026-11-23T10:15:30.123Z");

    private PaymentRunFixtures() {
    }

    static PaymentRunDebtor debtor(UUID unit, String name) {
        return new PaymentRunDebtor(unit, LocalDate.of(2025, 1, 1), name, "2129999997",
                new PainAccount(PainAccount.Kind.BANKGIRO, null, "9991233"), "EBBASESS", "Test");
    }

    static RunPayment toBankAccount(UUID unit, long amount, String name, String reference) {
        return new RunPayment(UUID.randomUUID(), UUID.randomUUID(), unit, amount, name,
                new PainAccount(PainAccount.Kind.BANK_ACCOUNT, "8327", "912345674"), reference, DATE, "VERIFIED", 1);
    }

    static RunPayment toBankgiro(UUID unit, long amount, String name, String reference) {
        return new RunPayment(UUID.randomUUID(), UUID.randomUUID(), unit, amount, name,
                new PainAccount(PainAccount.Kind.BANKGIRO, null, "9991241"), reference, DATE, "VERIFIED", 1);
    }

    static Pain001Document document(List<RunPayment> payments, Map<UUID, PaymentRunDebtor> debtors) {
        return document(payments, debtors, AT);
    }

    static Pain001Document document(List<RunPayment> payments, Map<UUID, PaymentRunDebtor> debtors, Instant at) {
        Set<UUID> units = Set.copyOf(payments.stream().map(RunPayment::unitId).toList());
        PaymentRun run = PaymentRun.collect(PaymentRunId.random(), units, DATE, payments, UUID.randomUUID(), "Peter Kassa", at);
        return Pain001Document.of(run, debtors, payments, ZoneId.of("Europe/Stockholm"));
    }

    /** The applicant's rent to the landlord's bankgiro and the rest to the applicant's account, one unit. */
    static Pain001Document rentAndLivingCosts() {
        return rentAndLivingCosts(AT);
    }

    static Pain001Document rentAndLivingCosts(Instant at) {
        return document(List.of(toBankAccount(UNIT, 7_430, "Tindra Andersson", "K7P2M9QX4R"),
                toBankgiro(UNIT, 6_970, "Bostadsbolaget Demo AB", "T3N8V6WZ2H")), Map.of(UNIT, debtor(UNIT, "Ebba demokommun")), at);
    }
}
