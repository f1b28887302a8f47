package se.ebba.monthly.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.monthly.domain.Deposit;
import se.ebba.monthly.domain.MonthlyFacts;
import se.ebba.monthly.domain.Statement;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormValues;

/**
 * The monthly application form as the browser posts it (field names like
 * {@code statements[0].deposits[1].amount}). Empty rows are left out before the form is read, so
 * that the fields named by the messages are the rows the user filled in.
 */
record MonthlyForm(@Size(max = 7) String month, @Size(max = 10) String receivedOn, @Size(max = 4) String version,
                   List<MemberRow> members, @Size(max = 3) String sharedHouseholdSize, List<CostRow> costs, List<IncomeRow> incomes,
                   List<NeedRow> otherNeeds, List<StatementRow> statements, List<String> documents, @Size(max = 2000) String note) {

    static final int MAX_ROWS = 30;

    MonthlyForm {
        members = members == null ? new ArrayList<>() : new ArrayList<>(members);
        costs = costs == null ? new ArrayList<>() : new ArrayList<>(costs);
        incomes = incomes == null ? new ArrayList<>() : new ArrayList<>(incomes);
        otherNeeds = otherNeeds == null ? new ArrayList<>() : new ArrayList<>(otherNeeds);
        statements = statements == null ? new ArrayList<>() : new ArrayList<>(statements);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    record MemberRow(@Size(max = 20) String role, @Size(max = 10) String birthDate, @Size(max = 5) String lunch, @Size(max = 5) String school) {
        boolean blank() {
            return empty(role) && empty(birthDate);
        }
    }

    record CostRow(@Size(max = 40) String type, @Size(max = 12) String amount) {
        boolean blank() {
            return empty(amount);
        }
    }

    record IncomeRow(@Size(max = 3) String member, @Size(max = 40) String type, @Size(max = 12) String amount, @Size(max = 5) String jobStimulus) {
        boolean blank() {
            return empty(amount);
        }
    }

    record NeedRow(@Size(max = 500) String description, @Size(max = 12) String amount) {
        boolean blank() {
            return empty(description) && empty(amount);
        }
    }

    record StatementRow(@Size(max = 100) String account, @Size(max = 10) String from, @Size(max = 10) String to, List<DepositRow> deposits) {
        StatementRow {
            deposits = deposits == null ? new ArrayList<>() : new ArrayList<>(deposits);
        }

        boolean blank() {
            return empty(account) && empty(from) && empty(to) && deposits.stream().allMatch(DepositRow::blank);
        }
    }

    record DepositRow(@Size(max = 10) String bookedOn, @Size(max = 12) String amount, @Size(max = 3) String accountedBy) {
        boolean blank() {
            return empty(bookedOn) && empty(amount);
        }
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    /** The form without empty rows; members' and incomes' places are renumbered where incomes and deposits point at them. */
    MonthlyForm compact() {
        List<Integer> memberPlace = places(members.stream().map(MemberRow::blank).toList());
        List<Integer> incomePlace = places(incomes.stream().map(IncomeRow::blank).toList());
        List<MemberRow> m = members.stream().filter(r -> !r.blank()).toList();
        List<IncomeRow> inc = incomes.stream().filter(r -> !r.blank())
                .map(r -> new IncomeRow(renumber(r.member(), memberPlace), r.type(), r.amount(), r.jobStimulus())).toList();
        List<StatementRow> st = statements.stream().filter(r -> !r.blank())
                .map(s -> new StatementRow(s.account(), s.from(), s.to(), s.deposits().stream().filter(d -> !d.blank())
                        .map(d -> new DepositRow(d.bookedOn(), d.amount(), renumber(d.accountedBy(), incomePlace))).toList()))
                .toList();
        return new MonthlyForm(month, receivedOn, version, m, sharedHouseholdSize, costs.stream().filter(r -> !r.blank()).toList(), inc,
                otherNeeds.stream().filter(r -> !r.blank()).toList(), st, documents, note);
    }

    /** For each row, its place among the rows that are not blank (blank rows get none). */
    private static List<Integer> places(List<Boolean> blank) {
        List<Integer> places = new ArrayList<>();
        int next = 0;
        for (boolean b : blank) {
            places.add(b ? null : next++);
        }
        return places;
    }

    private static String renumber(String index, List<Integer> places) {
        try {
            int i = Integer.parseInt(index == null ? "" : index.strip());
            return i >= 0 && i < places.size() && places.get(i) != null ? String.valueOf(places.get(i)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** Adds empty rows to fill in: a member, three costs and incomes, an other need, a statement, and two deposits per statement. */
    MonthlyForm withEmptyRows() {
        List<MemberRow> m = new ArrayList<>(members);
        m.add(new MemberRow("", "", null, null));
        List<CostRow> c = new ArrayList<>(costs);
        List<IncomeRow> inc = new ArrayList<>(incomes);
        for (int i = 0; i < 3; i++) {
            c.add(new CostRow("", ""));
            inc.add(new IncomeRow("0", "", "", null));
        }
        List<NeedRow> n = new ArrayList<>(otherNeeds);
        n.add(new NeedRow("", ""));
        List<StatementRow> st = new ArrayList<>(statements);
        st.add(new StatementRow("", "", "", List.of()));
        st = st.stream().map(s -> {
            List<DepositRow> d = new ArrayList<>(s.deposits());
            d.add(new DepositRow("", "", ""));
            d.add(new DepositRow("", "", ""));
            return new StatementRow(s.account(), s.from(), s.to(), d);
        }).toList();
        return new MonthlyForm(month, receivedOn, version, m, sharedHouseholdSize, c, inc, n, st, documents, note);
    }

    /** The form filled in from an application's (or a start's) facts. */
    static MonthlyForm of(YearMonth month, LocalDate receivedOn, int version, MonthlyFacts facts) {
        CalculationInput in = facts.input();
        return new MonthlyForm(month.toString(), receivedOn == null ? "" : receivedOn.toString(), String.valueOf(version),
                in.members().stream().map(m -> new MemberRow(m.role().name(), m.birthDate() == null ? "" : m.birthDate().toString(),
                        m.lunchOutsideHome() ? "on" : null, m.inSchool() ? "on" : null)).toList(),
                in.sharedHouseholdSize() == null ? "" : in.sharedHouseholdSize().toString(),
                in.costs().stream().map(c -> new CostRow(c.type().name(), String.valueOf(c.amount()))).toList(),
                in.incomes().stream().map(i -> new IncomeRow(String.valueOf(i.member()), i.type().name(), String.valueOf(i.amount()),
                        i.jobStimulus() ? "on" : null)).toList(),
                in.otherNeeds().stream().map(n -> new NeedRow(n.description(), String.valueOf(n.amount()))).toList(),
                facts.statements().stream().map(s -> new StatementRow(s.account(), s.from() == null ? "" : s.from().toString(),
                        s.to() == null ? "" : s.to().toString(), s.deposits().stream().map(d -> new DepositRow(d.bookedOn().toString(),
                        String.valueOf(d.amount()), d.accountedBy().isPresent() ? String.valueOf(d.accountedBy().getAsInt()) : "")).toList()))
                        .toList(),
                List.copyOf(facts.documents()), facts.note());
    }

    public boolean hasDocument(String code) {
        return documents.contains(code);
    }

    /** The month, as typed; throws with a Swedish message when it cannot be read. */
    YearMonth benefitMonth() {
        try {
            return FormDates.month(month == null ? "" : month);
        } catch (RuntimeException e) {
            throw new InvalidInputException("month", "Skriv vilken månad ansökan gäller som ÅÅÅÅ-MM, t.ex. 2026-12.");
        }
    }

    /** The facts of a compacted form; every field that cannot be read gets its own message. */
    MonthlyFacts facts(YearMonth benefitMonth, List<FieldError> errors) {
        if (members.size() > MAX_ROWS || incomes.size() > MAX_ROWS || costs.size() > MAX_ROWS || otherNeeds.size() > MAX_ROWS
                || statements.size() > MAX_ROWS) {
            throw new InvalidInputException("members", "Formuläret har för många rader (högst " + MAX_ROWS + " av varje slag).");
        }
        List<CalculationInput.Member> m = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberRow r = members.get(i);
            m.add(new CalculationInput.Member(FormValues.choice(MemberRole.class, r.role()), date(r.birthDate(), "members[" + i + "].birthDate", errors),
                    r.lunch() != null, r.school() != null));
        }
        List<CalculationInput.Cost> c = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            c.add(new CalculationInput.Cost(FormValues.choice(CostType.class, costs.get(i).type()), amount(costs.get(i).amount(), "costs[" + i + "].amount", errors)));
        }
        List<CalculationInput.Income> inc = new ArrayList<>();
        for (int i = 0; i < incomes.size(); i++) {
            IncomeRow r = incomes.get(i);
            inc.add(new CalculationInput.Income(index(r.member()).orElse(-1), FormValues.choice(IncomeType.class, r.type()),
                    amount(r.amount(), "incomes[" + i + "].amount", errors), r.jobStimulus() != null, 0));
        }
        List<CalculationInput.OtherNeed> n = new ArrayList<>();
        for (int i = 0; i < otherNeeds.size(); i++) {
            NeedRow r = otherNeeds.get(i);
            n.add(new CalculationInput.OtherNeed(r.description() == null ? "" : r.description().strip(), amount(r.amount(), "otherNeeds[" + i + "].amount", errors)));
        }
        Integer shared = null;
        if (!empty(sharedHouseholdSize)) {
            try {
                shared = Integer.parseInt(sharedHouseholdSize.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("sharedHouseholdSize", "Ange antal personer i det delade hushållet som en siffra."));
            }
        }
        List<Statement> st = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            StatementRow r = statements.get(i);
            List<Deposit> deposits = new ArrayList<>();
            for (int j = 0; j < r.deposits().size(); j++) {
                DepositRow d = r.deposits().get(j);
                String at = "statements[" + i + "].deposits[" + j + "].";
                deposits.add(new Deposit(date(d.bookedOn(), at + "bookedOn", errors), amount(d.amount(), at + "amount", errors), index(d.accountedBy())));
            }
            st.add(new Statement(r.account() == null ? "" : r.account().strip(), date(r.from(), "statements[" + i + "].from", errors),
                    date(r.to(), "statements[" + i + "].to", errors), deposits));
        }
        Set<String> docs = new HashSet<>();
        documents.stream().filter(d -> d != null && d.matches("[A-Z0-9_]{1,40}")).forEach(docs::add);
        return new MonthlyFacts(new CalculationInput(benefitMonth, m, shared, c, inc, List.of(), n), st, docs, note);
    }

    LocalDate received(List<FieldError> errors) {
        return date(receivedOn, "receivedOn", errors);
    }

    int expectedVersion() {
        return index(version).orElse(0);
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (empty(text)) {
            return null;
        }
        try {
            return FormDates.parse(text.strip(), field);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static long amount(String text, String field, List<FieldError> errors) {
        try {
            Long amount = FormValues.amount(text);
            return amount == null ? 0 : amount;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Skriv beloppet i hela kronor, utan öre."));
            return 0;
        }
    }

    private static OptionalInt index(String text) {
        try {
            return empty(text) ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
