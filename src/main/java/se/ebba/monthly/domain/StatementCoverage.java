package se.ebba.monthly.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Statements for all accounts with continuous dates" (QUALITY.md), across months: per account, each
 * statement must start the day after the previous one of that account ended (also one handed in an
 * earlier month or at intake), and the statements must reach the last day the month's application
 * must cover. Every account the household has shown before must be shown again.
 */
public final class StatementCoverage {

    private StatementCoverage() {
    }

    /** Days of an account that no statement covers, first to last. */
    public record Hole(String account, LocalDate from, LocalDate to) {

        public String text() {
            return "Kontoutdrag saknas för " + account + " för " + (from.equals(to) ? from.toString() : from + "–" + to) + ".";
        }
    }

    /**
     * The holes of the month: {@code earlier} are the statements handed in before this application,
     * {@code current} this application's, {@code through} the last day they must cover.
     */
    public static List<Hole> holes(List<StatementPeriod> earlier, List<StatementPeriod> current, LocalDate through) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, LocalDate> earlierEnd = new LinkedHashMap<>();
        for (StatementPeriod p : earlier) {
            String key = Statement.key(p.account());
            names.put(key, p.account().strip());
            earlierEnd.merge(key, p.to(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<String, List<StatementPeriod>> now = new LinkedHashMap<>();
        for (StatementPeriod p : current) {
            String key = Statement.key(p.account());
            names.put(key, p.account().strip());
            now.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Hole> holes = new ArrayList<>();
        for (Map.Entry<String, String> account : names.entrySet()) {
            Optional<LocalDate> coveredTo = Optional.ofNullable(earlierEnd.get(account.getKey()));
            List<StatementPeriod> periods = now.getOrDefault(account.getKey(), List.of()).stream()
                    .sorted(Comparator.comparing(StatementPeriod::from)).toList();
            for (StatementPeriod p : periods) {
                if (coveredTo.isPresent() && p.from().isAfter(coveredTo.get().plusDays(1))) {
                    holes.add(new Hole(account.getValue(), coveredTo.get().plusDays(1), p.from().minusDays(1)));
                }
                if (coveredTo.isEmpty() || p.to().isAfter(coveredTo.get())) {
                    coveredTo = Optional.of(p.to());
                }
            }
            if (coveredTo.isPresent() && coveredTo.get().isBefore(through)) {
                holes.add(new Hole(account.getValue(), coveredTo.get().plusDays(1), through));
            }
        }
        return holes;
    }

    /** The last day a monthly application's statements must cover: the end of the month before the one it came in. */
    public static LocalDate mustCoverThrough(LocalDate receivedOn) {
        return receivedOn.withDayOfMonth(1).minusDays(1);
    }
}
