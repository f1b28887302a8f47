package se.ebba.controls.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.ebba.casefile.domain.CaseId;

/** The marks of some households: which is in force for a check and month (the one no later mark corrects). */
public final class Marks {

    private final Map<Key, List<ControlMark>> byKey = new HashMap<>();
    private final Set<UUID> corrected;

    public Marks(List<ControlMark> all) {
        all.forEach(m -> byKey.computeIfAbsent(new Key(m.check(), m.caseId(), m.month()), k -> new ArrayList<>()).add(m));
        corrected = all.stream().flatMap(m -> m.corrects().stream()).collect(Collectors.toSet());
    }

    /** The mark in force for the check of the household in the month, if the check was done. */
    public Optional<ControlMark> current(CheckId check, CaseId caseId, YearMonth month) {
        return of(check, caseId, month).stream().filter(m -> !corrected.contains(m.id())).findFirst();
    }

    /** The earlier marks of the check, household and month that later marks corrected, in the order they were made. */
    public List<ControlMark> corrected(CheckId check, CaseId caseId, YearMonth month) {
        return of(check, caseId, month).stream().filter(m -> corrected.contains(m.id())).toList();
    }

    private List<ControlMark> of(CheckId check, CaseId caseId, YearMonth month) {
        return byKey.getOrDefault(new Key(check, caseId, month), List.of());
    }

    private record Key(CheckId check, CaseId caseId, YearMonth month) {
    }
}
