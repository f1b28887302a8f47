package se.ebba.intake.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * "Statements for all accounts with continuous dates (each statement starts where the last one
 * ended)" (QUALITY.md). Per account, statements in order of their first day: the next one must
 * start on the day the previous ended or the day after. A later start is a gap (days nobody has
 * seen: deposits there would be unknown income); an earlier start is an overlap.
 */
public final class StatementContinuity {

    private StatementContinuity() {
    }

    /** A break between two statements of the same account. */
    public sealed interface Break permits Gap, Overlap {
        LocalDate from();

        LocalDate to();
    }

    /** Days no statement covers, first to last. */
    public record Gap(LocalDate from, LocalDate to) implements Break {
    }

    /** Days that two statements both cover, first to last. */
    public record Overlap(LocalDate from, LocalDate to) implements Break {
    }

    /** One account: its statements in order, the whole period they cover, and the breaks in it. */
    public record Account(String account, List<BankStatement> statements, List<Break> breaks) {

        public boolean continuous() {
            return breaks.isEmpty();
        }

        public LocalDate coveredFrom() {
            return statements.getFirst().from();
        }

        public LocalDate coveredTo() {
            return statements.stream().map(BankStatement::to).max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    /** The accounts in the order they were first recorded, each with its breaks. */
    public static List<Account> of(List<BankStatement> statements) {
        Map<String, List<BankStatement>> byAccount = new LinkedHashMap<>();
        statements.stream().sorted(Comparator.comparing(s -> s.recorded().at()))
                .forEach(s -> byAccount.computeIfAbsent(key(s.account()), k -> new ArrayList<>()).add(s));
        return byAccount.values().stream().map(StatementContinuity::account).toList();
    }

    private static Account account(List<BankStatement> recorded) {
        List<BankStatement> ordered = recorded.stream()
                .sorted(Comparator.comparing(BankStatement::from).thenComparing(BankStatement::to)).toList();
        List<Break> breaks = new ArrayList<>();
        LocalDate coveredTo = ordered.getFirst().to();
        for (BankStatement next : ordered.subList(1, ordered.size())) {
            if (next.from().isAfter(coveredTo.plusDays(1))) {
                breaks.add(new Gap(coveredTo.plusDays(1), next.from().minusDays(1)));
            } else if (next.from().isBefore(coveredTo)) {
                LocalDate overlapEnd = next.to().isBefore(coveredTo) ? next.to() : coveredTo;
                breaks.add(new Overlap(next.from(), overlapEnd));
            }
            if (next.to().isAfter(coveredTo)) {
                coveredTo = next.to();
            }
        }
        return new Account(ordered.getFirst().account(), ordered, breaks);
    }

    /** The same account typed with other spacing or case is the same account. */
    private static String key(String account) {
        return account.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
