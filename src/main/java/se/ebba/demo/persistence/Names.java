package se.ebba.demo.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;
import se.ebba.identity.domain.PersonalNumber;

/**
 * Invented names, streets and personnummer for the load-test unit. Surnames are put together from
 * two syllables, so any likeness to a real person is chance; personnummer have a valid check digit.
 */
final class Names {

    private static final String[] FEMALE = {"Agnes", "Alice", "Alma", "Astrid", "Ebba", "Elin", "Ella", "Emma", "Frida", "Hanna",
            "Ida", "Ines", "Julia", "Klara", "Lea", "Lisa", "Maja", "Mira", "Nora", "Olivia", "Saga", "Sara", "Siri", "Stina",
            "Tilda", "Tova", "Vera", "Wilma", "Yasmin", "Ylva", "Amal", "Leyla", "Noor", "Selma"};
    private static final String[] MALE = {"Adam", "Albin", "Anton", "Arvid", "August", "Axel", "Elias", "Emil", "Erik", "Filip",
            "Gustav", "Hugo", "Isak", "Jakob", "Leo", "Liam", "Lucas", "Melvin", "Nils", "Olle", "Oskar", "Sixten", "Theo",
            "Valter", "Viktor", "William", "Yusuf", "Omar", "Karim", "Milo"};
    private static final String[] FIRST_SYLLABLE = {"Al", "Björk", "Ceder", "Dahl", "Ek", "Fager", "Gran", "Hag", "Is", "Jär",
            "Kvist", "Lind", "Mal", "Nord", "Orm", "Pil", "Rönn", "Sjö", "Tall", "Ulv", "Vall", "Åker", "Ängs", "Öster"};
    private static final String[] SECOND_SYLLABLE = {"berg", "dal", "gren", "holm", "lund", "qvist", "ström", "vik", "mark", "sten",
            "fors", "by"};
    private static final String[] STREETS = {"Provgatan", "Lastvägen", "Mätargränd", "Kurvgatan", "Pulsvägen", "Takvägen",
            "Kölinjen", "Svarstidsgatan", "Trådgränd", "Sessionsvägen"};
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private Names() {
    }

    static String firstName(RandomGenerator random, boolean female) {
        String[] names = female ? FEMALE : MALE;
        return names[random.nextInt(names.length)];
    }

    static String lastName(RandomGenerator random) {
        return FIRST_SYLLABLE[random.nextInt(FIRST_SYLLABLE.length)] + SECOND_SYLLABLE[random.nextInt(SECOND_SYLLABLE.length)];
    }

    /** A name for caseworker number {@code i}, the same on every run. */
    static String staffName(int i) {
        String first = (i % 2 == 0 ? FEMALE : MALE)[(i / 2) % (i % 2 == 0 ? FEMALE.length : MALE.length)];
        return first + " " + FIRST_SYLLABLE[i % FIRST_SYLLABLE.length] + SECOND_SYLLABLE[(i / FIRST_SYLLABLE.length) % SECOND_SYLLABLE.length];
    }

    static String street(RandomGenerator random) {
        return STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(80));
    }

    static String postalCode(RandomGenerator random) {
        return "1%02d %02d".formatted(random.nextInt(100), random.nextInt(100));
    }

    /** A 12-digit personnummer with a valid check digit, from a birth date and a serial 0–999. */
    static String personalNumber(LocalDate birth, int serial) {
        String date = birth.format(YYYYMMDD);
        String nine = date.substring(2) + "%03d".formatted(serial);
        return date + "%03d".formatted(serial) + PersonalNumber.checkDigitFor(nine);
    }
}
