package se.ebba.recovery.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import se.ebba.recovery.domain.DiscoveryMethod;
import se.ebba.recovery.domain.IncorrectPayment;
import se.ebba.recovery.domain.PaymentCause;
import se.ebba.recovery.domain.RecoveryGround;
import se.ebba.recovery.domain.RecoveryMatter.DecisionDraft;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormValues;

/** The forms of the recovery pages, one record per form, as typed (strings), with their conversions. */
final class RecoveryForms {

    private RecoveryForms() {
    }

    record RegisterForm(@Size(max = 7) String firstMonth, @Size(max = 7) String lastMonth, @Size(max = 20) String amount,
                        @Size(max = 40) String cause, @Size(max = 40) String foundHow, @Size(max = 200) String foundBy,
                        @Size(max = 10) String foundOn, @Size(max = 10) String paidOn, @Size(max = 4000) String description) {

        static RegisterForm empty(String me, LocalDate today) {
            return new RegisterForm("", "", "", "", "", me, today.toString(), "", "");
        }

        IncorrectPayment.Report toReport() {
            return new IncorrectPayment.Report(monthOf(firstMonth, "firstMonth"), monthOf(lastMonth, "lastMonth"), kronor(amount, "amount"),
                    FormValues.choice(PaymentCause.class, cause), FormValues.choice(DiscoveryMethod.class, foundHow), foundBy,
                    FormDates.parse(foundOn, "foundOn"), FormDates.parse(paidOn, "paidOn"), description);
        }
    }

    record HandOverForm(@Size(max = 40) String investigator, @Size(max = 2000) String why) {
    }

    record NoteForm(@Size(max = 20) String kind, @Size(max = 8000) String text) {
    }

    record DecisionForm(@Size(max = 10) String decisionDate, @Size(max = 40) String ground, @Size(max = 200) String grantDecision,
                        @Size(max = 20) String amount, @Size(max = 7) String firstMonth, @Size(max = 7) String lastMonth,
                        @Size(max = 8000) String reasons) {

        DecisionDraft toDraft() {
            return new DecisionDraft(FormDates.parse(decisionDate, "decisionDate"), FormValues.choice(RecoveryGround.class, ground), grantDecision,
                    kronor(amount, "amount"), monthOf(firstMonth, "firstMonth"), monthOf(lastMonth, "lastMonth"), reasons);
        }
    }

    record PlanForm(@Size(max = 20) String monthlyAmount, @Size(max = 7) String startMonth, @Size(max = 10) String agreedOn) {
    }

    record RepaymentForm(@Size(max = 10) String paidOn, @Size(max = 20) String amount) {
    }

    record WaiverForm(@Size(max = 10) String decisionDate, @Size(max = 20) String amount, @Size(max = 8000) String reasons) {
    }

    record PoliceForm(@Size(max = 10) String reportedOn, @Size(max = 200) String decidedBy, @Size(max = 200) String policeReference) {
    }

    record CloseForm(@Size(max = 8000) String closeReasons) {
    }

    static Long kronor(String text, String field) {
        try {
            return FormValues.amount(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "Skriv beloppet i hela kronor, utan öre.");
        }
    }

    static YearMonth monthOf(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FormDates.month(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Skriv månaden som ÅÅÅÅ-MM.");
        }
    }
}
