package se.ebba.demo.persistence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The members of a generated household (the load-test unit and the nation-size load of issue 9): an
 * applicant, a co-applicant in three households of ten, one to three children in a third; invented
 * names and a personnummer with a valid check digit that no one else generated has ({@link Names}).
 */
final class GeneratedMembers {

    private GeneratedMembers() {
    }

    record Member(UUID id, String pnr, String first, String last, LocalDate birth, String role, boolean adult) {
    }

    static List<Member> household(RandomGenerator random, LocalDate today, Set<String> taken, Supplier<UUID> ids) {
        List<Member> members = new ArrayList<>();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
        String last = Names.lastName(random);
        boolean female = random.nextBoolean();
        members.add(person(random, taken, ids, birth, Names.firstName(random, female), last, "APPLICANT", true));
        if (random.nextInt(10) < 3) {
            members.add(person(random, taken, ids, birth.plusDays(random.nextInt(1500) - 750), Names.firstName(random, !female), last,
                    "CO_APPLICANT", true));
        }
        if (random.nextInt(3) == 0) {
            LocalDate earliest = birth.plusYears(18).isAfter(today.minusYears(17)) ? birth.plusYears(18) : today.minusYears(17);
            long window = Math.max(1, ChronoUnit.DAYS.between(earliest, today.minusYears(3)));
            int children = 1 + random.nextInt(3);
            for (int c = 0; c < children && window > 1; c++) {
                members.add(person(random, taken, ids, earliest.plusDays(random.nextLong(window)), Names.firstName(random, random.nextBoolean()),
                        last, "CHILD", false));
            }
        }
        return members;
    }

    private static Member person(RandomGenerator random, Set<String> taken, Supplier<UUID> ids, LocalDate birth, String first, String last,
                                 String role, boolean adult) {
        String pnr;
        do {
            pnr = Names.personalNumber(birth, random.nextInt(900));
        } while (!taken.add(pnr));
        return new Member(ids.get(), pnr, first, last, birth, role, adult);
    }
}
