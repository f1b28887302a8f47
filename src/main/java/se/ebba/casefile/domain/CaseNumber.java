package se.ebba.casefile.domain;

import java.util.regex.Pattern;

/** The readable case number, EB-YYYY-NNNNNN: the year the case was opened and a running number. */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("EB-\\d{4}-\\d{6}");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A case number looks like EB-2026-000123");
        }
    }

    public static CaseNumber of(int year, int sequence) {
        return new CaseNumber("EB-%04d-%06d".formatted(year, sequence));
    }

    public static boolean looksLikeOne(String text) {
        return text != null && FORMAT.matcher(text.strip().toUpperCase()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
