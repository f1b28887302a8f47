package se.ebba.intake.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormDates;

/** The intake pages' forms, one record per form as the browser posts it, and the parsing they share. */
final class IntakeDocumentForms {

    private IntakeDocumentForms() {
    }

    /** Kallelse: book the first meeting. */
    record BookingForm(@Size(max = 10) String date, @Size(max = 5) String time, @Size(max = 300) String place,
                       @Size(max = 36) String investigator) {

        static BookingForm empty() {
            return new BookingForm("", "", "", "");
        }
    }

    /** What became of the booked meeting. */
    record OutcomeForm(@Size(max = 20) String outcome, @Size(max = 10) String occurredOn, @Size(max = 2000) String note) {
    }

    /** One checklist item marked checked, not needed or missing. */
    record MarkForm(@Size(max = 40) String item, @Size(max = 20) String status, @Size(max = 2000) String note) {
    }

    /** A request for what is missing, with the day it must be in by. */
    record RequestForm(@Size(max = 10) String dueOn, @Size(max = 2000) String note) {
    }

    /** A bank statement handed in: account and period. */
    record StatementForm(@Size(max = 100) String account, @Size(max = 10) String from, @Size(max = 10) String to) {

        static StatementForm empty() {
            return new StatementForm("", "", "");
        }
    }

    /** A consent given by the applicant. */
    record ConsentForm(@Size(max = 30) String scope, @Size(max = 200) String counterpart, @Size(max = 10) String givenOn,
                       @Size(max = 10) String validUntil) {
    }

    /** The withdrawal of a consent. */
    record WithdrawalForm(@Size(max = 10) String withdrawnOn) {
    }

    /** A home visit made, with the consent that covers it and the reason. */
    record HomeVisitForm(@Size(max = 36) String consent, @Size(max = 10) String visitOn, @Size(max = 2000) String reason) {
    }

    /** A date field; errors are collected rather than thrown so that the form shows them all at once. */
    static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return FormDates.parse(text, field);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** A time of day as TT:MM; null when the field is empty (the domain says whether it is needed). */
    static LocalTime time(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Ange tid som TT:MM, t.ex. 10:00."));
            return null;
        }
    }

    /** An id picked in a list; null when empty, an error when it is not an id. */
    static UUID id(String text, String field, String message, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
