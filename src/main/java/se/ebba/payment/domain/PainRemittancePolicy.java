package se.ebba.payment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a payment file may tell the banks and the recipient (OSL 26 kap. 1 §: that someone receives
 * ekonomiskt bistånd is itself secret): no personnummer anywhere, no word about assistance or the
 * social services in any text the municipality writes (the payer's name, identifiers, remittance
 * text), and no reason for the payment: the remittance text is the payment's random reference and
 * nothing else. The one place that says it; a run whose file breaks it is not made.
 */
public final class PainRemittancePolicy {

    /** Stems, compared without case and without å, ä, ö: "Försörjningsstöd", "SOCIALTJÄNSTEN", "ekonomiskt bistånd". */
    private static final List<String> FORBIDDEN_STEMS = List.of("bistand", "forsorjning", "socialtj", "socialn", "socialkontor",
            "socialsekreterare", "socialbidrag", "socialforvaltning", "ekonomisk", "stod enligt sol", "socialstod", "sol 4");

    /** A personnummer or samordningsnummer, with or without century and separator. */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<![0-9])(?:19|20)?([0-9]{6})[-+ ]?([0-9]{4})(?![0-9])");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{8,35}");

    private PainRemittancePolicy() {
    }

    /** The outcome: the file may be written, or what it would leak (without repeating the leaked data). */
    public sealed interface Verdict {
    }

    public record Clean() implements Verdict {
    }

    public record Leaks(List<String> reasons) implements Verdict {

        public Leaks {
            reasons = List.copyOf(reasons);
        }
    }

    public static Verdict check(Pain001Document file) {
        List<String> reasons = new ArrayList<>();
        for (String text : file.texts()) {
            if (containsPersonalNumber(text)) {
                reasons.add("Betalfilen skulle innehålla ett personnummer.");
            }
        }
        List<String> written = new ArrayList<>(List.of(file.messageId()));
        for (Pain001Document.Batch batch : file.batches()) {
            written.add(batch.id());
            written.add(batch.debtor().name());
        }
        file.transfers().forEach(t -> {
            written.add(t.reference());
            written.add(t.remittanceText());
            if (!REFERENCE.matcher(t.reference()).matches() || !t.remittanceText().equals(t.reference())) {
                reasons.add("Meddelandet till mottagaren får bara vara utbetalningens slumpade referens.");
            }
        });
        for (String text : written) {
            if (mentionsAssistance(text)) {
                reasons.add("Betalfilen skulle nämna bistånd eller socialtjänsten (avsändarnamn, referens eller meddelande).");
            }
        }
        return reasons.isEmpty() ? new Clean() : new Leaks(reasons.stream().distinct().toList());
    }

    static boolean mentionsAssistance(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        return FORBIDDEN_STEMS.stream().anyMatch(folded::contains);
    }

    static boolean containsPersonalNumber(String text) {
        Matcher m = PERSONAL_NUMBER.matcher(text);
        while (m.find()) {
            String ten = m.group(1) + m.group(2);
            int month = Integer.parseInt(ten.substring(2, 4));
            int day = Integer.parseInt(ten.substring(4, 6));
            boolean date = month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
            if (date && luhn(ten)) {
                return true;
            }
        }
        return false;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
