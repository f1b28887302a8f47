package se.ebba.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.identity.domain.UnitId;
import se.ebba.payment.PaymentRuns;

/**
 * The fictitious municipality's accounts that pay the demo units' payments (loaded with the rest of
 * the demo data): one bankgiro number per unit, valid from 2025-01-01. The numbers pass the bankgiro
 * check digit but belong to no one; the name is the municipality's, never the social services'.
 */
@Component
@Profile("demo")
class PaymentRunDemo {

    /** Asks for the demo units' debtor accounts: Östermalm first, then Bromma. */
    record Load(List<UnitId> units) {
    }

    private static final String[] BANKGIROS = {"9991233", "9991241"};

    private final PaymentRuns runs;

    PaymentRunDemo(PaymentRuns runs) {
        this.runs = runs;
    }

    @EventListener
    void load(Load request) {
        for (int i = 0; i < request.units().size() && i < BANKGIROS.length; i++) {
            runs.recordDebtorAccount(new PaymentRuns.NewDebtorAccount(request.units().get(i), LocalDate.of(2025, 1, 1), "Ebba demokommun",
                    "2129999997", null, BANKGIROS[i], "EBBASESS", "Demo: fiktivt bankgironummer, kommunstyrelsens beslut om betalkonton (påhittat)"),
                    "demo");
        }
    }
}
