package se.ebba.shared.web;

/**
 * The rule for text that people send to Ebba, in forms and JSON alike: printable characters,
 * line breaks and tabs only (PostgreSQL refuses NUL, and control characters have no place in a
 * case file), and no more than a field's maximum length.
 */
public final class InputText {

    /** The longest text any field accepts when it names no limit of its own (a long journal entry). */
    public static final int DEFAULT_MAX_LENGTH = 20_000;

    public static final String CONTROL_CHARACTER_MESSAGE = "Fältet innehåller tecken som inte är tillåtna (styrtecken).";

    private InputText() {
    }

    /** The Swedish message for what is wrong with the text, or null when it is acceptable. */
    public static String problem(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            return tooLong(maxLength);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return CONTROL_CHARACTER_MESSAGE;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return CONTROL_CHARACTER_MESSAGE;
                }
                i++;
            }
        }
        return null;
    }

    public static String tooLong(int maxLength) {
        return "Texten får vara högst " + DisplayNumbers.group(maxLength) + " tecken.";
    }

    /** Thousands grouped the Swedish way (12 345) for messages. */
    static final class DisplayNumbers {
        private DisplayNumbers() {
        }

        static String group(long n) {
            return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,d", n).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }
}
