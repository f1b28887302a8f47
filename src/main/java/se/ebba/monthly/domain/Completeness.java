package se.ebba.monthly.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Is the monthly application complete? Checked against the checklist valid on the day it came in:
 * the documents it needs given what it states, and statements for every account without holes
 * (StatementCoverage). What is missing is said in Swedish, and how a request for it reads.
 */
public record Completeness(List<Missing> missing) {

    /** One thing missing: the checklist item, what is missing, and the line a request asks for it with. */
    public record Missing(String code, String text, String request) {
    }

    public Completeness {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The missing things in one sentence, for the application's state change ("Ofullständig: …"). */
    public String summary() {
        return complete() ? "Alla uppgifter och underlag finns" : "Saknas: " + String.join("; ", missing.stream().map(Missing::text).toList());
    }

    public List<String> requestLines() {
        return missing.stream().map(Missing::request).distinct().toList();
    }

    /**
     * @param items         the checklist (only the items valid on {@code receivedOn} count)
     * @param costsChanged  a cost differs from last month's
     * @param earlier       the statements handed in before this application (earlier months, intake)
     */
    public static Completeness assess(List<ChecklistItem> items, MonthlyFacts facts, LocalDate receivedOn, boolean costsChanged,
                                      List<StatementPeriod> earlier) {
        List<Missing> missing = new ArrayList<>();
        items.stream().filter(i -> i.validOn(receivedOn)).sorted(Comparator.comparingInt(ChecklistItem::position)).forEach(item -> {
            switch (item.rule()) {
                case STATEMENTS -> statements(item, facts, receivedOn, earlier, missing);
                case DOCUMENT -> document(item, true, facts, missing);
                case DOCUMENT_IF_INCOMES -> document(item, !facts.input().incomes().isEmpty(), facts, missing);
                case DOCUMENT_IF_COSTS -> document(item, costsChanged, facts, missing);
                case DOCUMENT_IF_NEEDS -> document(item, !facts.input().otherNeeds().isEmpty(), facts, missing);
            }
        });
        return new Completeness(missing);
    }

    private static void document(ChecklistItem item, boolean needed, MonthlyFacts facts, List<Missing> missing) {
        if (needed && !facts.documents().contains(item.code())) {
            missing.add(new Missing(item.code(), item.text(), item.requestText()));
        }
    }

    private static void statements(ChecklistItem item, MonthlyFacts facts, LocalDate receivedOn, List<StatementPeriod> earlier,
                                   List<Missing> missing) {
        if (facts.statements().isEmpty() && earlier.isEmpty()) {
            missing.add(new Missing(item.code(), item.text() + ": inga kontoutdrag har lämnats in", item.requestText()));
            return;
        }
        for (StatementCoverage.Hole hole : StatementCoverage.holes(earlier, facts.periods(), StatementCoverage.mustCoverThrough(receivedOn))) {
            missing.add(new Missing(item.code(), hole.text(),
                    "Kontoutdrag för " + hole.account() + " för " + hole.from() + "–" + hole.to()));
        }
    }
}
