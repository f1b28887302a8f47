package se.ebba.payment.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * A granted amount that was not paid as decided and waits for the payment officer: no account is
 * registered (it is paid when one is), or a changed decision grants less than what already left
 * (a possible incorrect payment; recovery is handled in its own module).
 */
public record Attention(UUID id, UnitId unit, CaseId caseId, DecisionId decisionId, YearMonth benefitMonth, RecipientKind recipient,
                        Kind kind, long amount, UserId decidedBy, Instant createdAt, long version) {

    public enum Kind {
        ACCOUNT_MISSING("Beviljat men inte utbetalt: konto saknas"),
        POSSIBLE_OVERPAYMENT("Möjlig felaktig utbetalning: ändrat beslut med lägre belopp än det som redan betalats ut");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public static Attention open(UnitId unit, CaseId caseId, DecisionId decisionId, YearMonth month, RecipientKind recipient, Kind kind,
                                 long amount, UserId decidedBy, Instant at) {
        return new Attention(UUID.randomUUID(), unit, caseId, decisionId, month, recipient, kind, amount, decidedBy, at, 0);
    }
}
