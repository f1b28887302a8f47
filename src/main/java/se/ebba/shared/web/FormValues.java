package se.ebba.shared.web;

/** Amounts and choices typed or picked in forms. */
public final class FormValues {

    private FormValues() {
    }

    /**
     * Whole kronor as typed: spaces allowed ("12 500"), no öre. Null when the field is empty.
     *
     * @throws NumberFormatException when the text is not a whole number
     */
    public static Long amount(String text) {
        String cleaned = text == null ? "" : text.replace(" ", "").replace("\u00a0", "").strip();
        return cleaned.isEmpty() ? null : Long.parseLong(cleaned);
    }

    /** The constant picked, or null when the field is empty or holds no such constant. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
