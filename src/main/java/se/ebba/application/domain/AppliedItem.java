package se.ebba.application.domain;

import java.util.UUID;

/**
 * One thing applied for. The amount may be empty for försörjningsstöd: the applicant applies for
 * what they are entitled to, and the calculation gives the amount.
 */
public record AppliedItem(UUID id, int position, ItemKind kind, String description, Long amount) {
}
