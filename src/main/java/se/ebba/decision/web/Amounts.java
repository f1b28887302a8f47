package se.ebba.decision.web;

/** Whole kronor typed into a form: spaces allowed ("12 500"), no öre. */
final class Amounts {

    private Amounts() {
    }

    /** The amount, or null when the field is empty. */
    static Long parse(String text) {
        String cleaned = text == null ? "" : text.replace(" ", "").replace("\u00a0", "").strip();
        return cleaned.isEmpty() ? null : Long.parseLong(cleaned);
    }
}
