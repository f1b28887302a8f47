package se.ebba.casefile.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.ebba.identity.domain.UserId;

/**
 * Födelsedatumprincipen (Vantör, source 001): the applicant's day of birth decides the responsible
 * caseworker, so that allocation needs no judgement and a returning household finds the same person.
 */
public final class BirthDayAllocationPolicy {

    private final List<BirthDayRange> ranges;

    public BirthDayAllocationPolicy(List<BirthDayRange> ranges) {
        this.ranges = ranges.stream().sorted(Comparator.comparingInt(BirthDayRange::firstDay)).toList();
    }

    /** The caseworker owning the day, or empty when no range covers it (the team lead assigns). */
    public Optional<UserId> caseworkerFor(int birthDay) {
        return ranges.stream().filter(r -> r.covers(birthDay)).map(BirthDayRange::caseworker).findFirst();
    }

    /** Ranges the candidate would overlap; a unit's ranges must not overlap. */
    public List<BirthDayRange> overlapping(BirthDayRange candidate) {
        return ranges.stream().filter(r -> r.overlaps(candidate)).toList();
    }

    /** Days of the month that no caseworker owns, as readable spans like "1–4, 29–31". */
    public List<int[]> uncoveredDays() {
        List<int[]> gaps = new ArrayList<>();
        int start = -1;
        for (int day = 1; day <= 31; day++) {
            final int d = day;
            boolean covered = ranges.stream().anyMatch(r -> r.covers(d));
            if (!covered && start < 0) {
                start = day;
            }
            if (covered && start > 0) {
                gaps.add(new int[] {start, day - 1});
                start = -1;
            }
        }
        if (start > 0) {
            gaps.add(new int[] {start, 31});
        }
        return gaps;
    }
}
