package se.ebba.casefile.domain;

import se.ebba.identity.domain.UserId;

/** One caseworker's open cases, and how many of them had activity recently. */
public record CaseloadRow(UserId caseworker, int openCases, int activeCases) {
}
