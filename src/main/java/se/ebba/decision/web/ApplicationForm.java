package se.ebba.decision.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The form that registers an application, as the browser posts it: the kind, the month, the day it
 * came in, and rows of applied items ({@code items[0].kind}, the names the errors use). Text as
 * typed, so that it can be shown again with the errors.
 */
public record ApplicationForm(String kind, String month, String receivedOn, List<ItemRow> items) {

    public ApplicationForm {
        items = items == null ? List.of() : items.stream().map(r -> r == null ? ItemRow.EMPTY : r).toList();
    }

    /** One row of the form; every field may be empty. */
    public record ItemRow(String kind, String description, String amount) {

        static final ItemRow EMPTY = new ItemRow(null, null, null);

        public boolean isEmpty() {
            return blank(kind) && blank(description) && blank(amount);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** Row {@code i} as typed, or an empty row. */
    public ItemRow item(int i) {
        return i < items.size() ? items.get(i) : ItemRow.EMPTY;
    }

    /** What a new application form starts with: one row of försörjningsstöd. */
    static ApplicationForm startingWith(String kind, String month, String receivedOn, String firstItemKind) {
        List<ItemRow> rows = new ArrayList<>();
        rows.add(new ItemRow(firstItemKind, null, null));
        return new ApplicationForm(kind, month, receivedOn, rows);
    }
}
