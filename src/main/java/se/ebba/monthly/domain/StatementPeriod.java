package se.ebba.monthly.domain;

import java.time.LocalDate;

/** The period one bank statement of an account covers: from a monthly application, or recorded at intake. */
public record StatementPeriod(String account, LocalDate from, LocalDate to) {
}
