package se.ebba.payment.domain;

import java.util.List;
import java.util.Optional;

/**
 * Which bank a clearing number belongs to and how its account numbers are built, after Bankgirot's
 * "Bankernas kontonummeruppbyggnad" (the banks' own table of clearing number series, account types
 * 1 and 2 and their comments). Type 1: clearing number + 7 digits, modulus 11 over the clearing
 * number's last three digits (comment 1) or all four (comment 2) and the account number. Type 2:
 * the account number alone, modulus 10 (comments 1 and 3) or modulus 11 over 9 digits (comment 2).
 */
public final class SwedishBanks {

    /** A series of clearing numbers of one bank. */
    public record Series(int first, int last, String bank, int type, int comment, int minLength, int maxLength) {

        boolean contains(int clearing) {
            return clearing >= first && clearing <= last;
        }
    }

    private static Series type1(int first, int last, String bank, int comment) {
        return new Series(first, last, bank, 1, comment, 7, 7);
    }

    private static Series type2(int first, int last, String bank, int comment, int minLength, int maxLength) {
        return new Series(first, last, bank, 2, comment, minLength, maxLength);
    }

    static final List<Series> SERIES = List.of(
            type1(1100, 1199, "Nordea", 1), type1(1200, 1399, "Danske Bank", 1), type1(1400, 2099, "Nordea", 1),
            type1(2300, 2399, "Ålandsbanken", 2), type1(2400, 2499, "Danske Bank", 1), type1(3000, 3299, "Nordea", 1),
            type2(3300, 3300, "Nordea (personkonto)", 1, 10, 10), type1(3301, 3399, "Nordea", 1),
            type1(3400, 3409, "Länsförsäkringar Bank", 1), type1(3410, 3781, "Nordea", 1),
            type2(3782, 3782, "Nordea (personkonto)", 1, 10, 10), type1(3783, 3999, "Nordea", 1), type1(4000, 4999, "Nordea", 2),
            type1(5000, 5999, "SEB", 1), type2(6000, 6999, "Handelsbanken", 2, 8, 9), type1(7000, 7999, "Swedbank", 1),
            type2(8000, 8999, "Swedbank", 3, 6, 10), type1(9020, 9029, "Länsförsäkringar Bank", 2), type1(9040, 9049, "Citibank", 2),
            type1(9060, 9069, "Länsförsäkringar Bank", 1), type1(9100, 9109, "Nordnet Bank", 2), type1(9120, 9124, "SEB", 1),
            type1(9130, 9149, "SEB", 1), type1(9150, 9169, "Skandiabanken", 2), type1(9170, 9179, "IKANO Bank", 1),
            type2(9180, 9189, "Danske Bank", 1, 10, 10), type1(9190, 9199, "DNB Bank", 2), type1(9230, 9239, "Marginalen Bank", 1),
            type1(9250, 9259, "SBAB", 1), type1(9260, 9269, "DNB Bank", 2), type1(9270, 9279, "ICA Banken", 1),
            type1(9280, 9289, "Resurs Bank", 1), type2(9300, 9349, "Swedbank", 1, 10, 10), type1(9390, 9399, "Landshypotek", 2),
            type1(9400, 9449, "Forex Bank", 1), type1(9460, 9469, "Santander Consumer Bank", 1), type1(9470, 9479, "BNP Paribas", 2),
            type2(9500, 9549, "Nordea (Plusgirot)", 3, 2, 10), type1(9550, 9569, "Avanza Bank", 2),
            type2(9570, 9579, "Sparbanken Syd", 1, 10, 10), type1(9590, 9599, "Erik Penser", 2), type1(9630, 9639, "Lån & Spar Bank", 1),
            type1(9640, 9649, "Nordax Bank", 2), type1(9650, 9659, "MedMera Bank", 2), type1(9660, 9669, "Svea Bank", 2),
            type1(9670, 9679, "JAK Medlemsbank", 2), type1(9680, 9689, "BlueStep Finans", 1), type1(9700, 9709, "Ekobanken", 2),
            type1(9780, 9789, "Klarna Bank", 2), type1(9880, 9889, "Riksgälden", 2), type2(9890, 9899, "Riksgälden", 1, 10, 10),
            type2(9960, 9969, "Nordea (Plusgirot)", 3, 2, 10));

    private SwedishBanks() {
    }

    /** The series of the (four-digit) clearing number, if any bank has it. */
    public static Optional<Series> of(int clearing) {
        return SERIES.stream().filter(s -> s.contains(clearing)).findFirst();
    }
}
