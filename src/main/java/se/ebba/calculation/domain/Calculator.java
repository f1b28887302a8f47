package se.ebba.calculation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.ebba.calculation.domain.CalculationInput.Cost;
import se.ebba.calculation.domain.CalculationInput.Income;
import se.ebba.calculation.domain.CalculationInput.Member;
import se.ebba.calculation.domain.CalculationInput.NormAdjustment;
import se.ebba.calculation.domain.CalculationInput.OtherNeed;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Försörjningsstöd for one month: norm (personal + common costs) + reasonable costs + other needs
 * − counted income (RULES.md §5). A pure function of its input and the rules: the same household,
 * costs, incomes and tables give the same result for any past month. No database, no clock.
 */
public final class Calculator {

    private Calculator() {
    }

    /**
     * @throws InvalidInputException for input that breaks a rule, and for amounts so large that a sum
     *                               would overflow (checked arithmetic: never a silently negative need)
     */
    public static CalculationResult calculate(CalculationInput in, RuleSet rules) {
        validate(in);
        try {
            return calculateChecked(in, rules);
        } catch (ArithmeticException e) {
            throw new InvalidInputException("amount", "Beloppen är för stora för att räkna med. Kontrollera kostnader och inkomster.");
        }
    }

    private static CalculationResult calculateChecked(CalculationInput in, RuleSet rules) {
        NormTable table = rules.normTable();
        List<CalculationLine> lines = new ArrayList<>(16);
        List<String> warnings = new ArrayList<>(2);
        String normLaw = rules.normLaw();
        String tableBasis = rules.tableBasis();
        LocalDate firstDay = in.month().atDay(1);

        // Personal costs: adults as a couple or a single adult, children by age on the first day of the month.
        int adults = 0;
        int children = 0;
        long personal = 0;
        boolean couple = false;
        for (Member m : in.members()) {
            if (m.role() == MemberRole.CO_APPLICANT) {
                couple = true;
            }
        }
        PersonalCostBand adultBand = couple ? PersonalCostBand.COUPLE : PersonalCostBand.SINGLE_ADULT;
        int adultAmount = table.personal(adultBand);
        adults = couple ? 2 : 1;
        personal += adultAmount;
        lines.add(new CalculationLine(LineKind.PERSONAL_COST,
                couple ? "Personliga kostnader, sambor/makar" : "Personliga kostnader, ensamstående vuxen",
                adultAmount, rules.bandBasis(adultBand), normLaw));
        int childNumber = 0;
        for (int i = 0; i < in.members().size(); i++) {
            Member m = in.members().get(i);
            if (m.role() != MemberRole.CHILD) {
                continue;
            }
            childNumber++;
            int age = ageOn(m.birthDate(), firstDay);
            if (m.birthDate().isAfter(firstDay)) {
                warnings.add("Barn " + childNumber + " är fött efter månadens första dag och räknas här som 0 år. Pröva behovet för månaden.");
            }
            PersonalCostBand band = PersonalCostBand.forChildAge(age);
            if (band == null) {
                warnings.add("Barn " + childNumber + " är " + age + " år och räknas inte in i hushållets norm: en vuxen ansöker själv.");
                continue;
            }
            if (band == PersonalCostBand.AGE_19_20 && !m.inSchool()) {
                warnings.add("Barn " + childNumber + " är " + age + " år och går inte i skolan: räknas inte som skolungdom i hushållets norm.");
                continue;
            }
            int amount = table.personal(band);
            boolean lunch = false;
            if (m.lunchOutsideHome() && band.hasLunchVariant()) {
                Integer lower = table.withLunchOutside(band);
                if (lower != null) {
                    amount = lower;
                    lunch = true;
                } else {
                    warnings.add("Normtabellen för " + table.year() + " har inget lägre belopp för barn som äter lunch i förskola eller skola; fullt belopp används för barn " + childNumber + ".");
                }
            }
            String text = LineTexts.child(childNumber, band, lunch);
            String basis = lunch ? rules.lunchBasis(band) : rules.bandBasis(band);
            if (m.partOf(in.month())) {
                int days = m.daysInHousehold();
                int monthDays = in.month().lengthOfMonth();
                basis = basis + "; " + Kronor.format(amount) + " kr × " + days + " / " + monthDays + " dagar, avrundat till hela kronor";
                amount = Math.toIntExact(divideRounded((long) amount * days, monthDays));
                text = text + ", " + days + " av " + monthDays + " dagar";
            }
            personal += amount;
            children++;
            lines.add(new CalculationLine(LineKind.PERSONAL_COST, text, amount, basis, normLaw));
        }

        // Common household costs, by household size or shared with others who are not sambo.
        int size = adults + children;
        long common;
        if (in.sharedHouseholdSize() != null) {
            int shared = in.sharedHouseholdSize();
            int whole = table.common(shared);
            common = divideRounded((long) whole * size, shared);
            lines.add(new CalculationLine(LineKind.HOUSEHOLD_COST,
                    "Gemensamma hushållskostnader, delat hushåll (" + Kronor.format(whole) + " kr ÷ " + shared + " personer"
                            + (size > 1 ? " × " + size : "") + ")",
                    common, tableBasis + ": gemensamma kostnader för " + shared + " personer", normLaw));
        } else {
            common = table.common(size);
            lines.add(new CalculationLine(LineKind.HOUSEHOLD_COST, LineTexts.common(size), common, rules.commonBasis(size), normLaw));
        }

        long adjustments = 0;
        for (NormAdjustment a : in.normAdjustments()) {
            adjustments = Math.addExact(adjustments, a.amount());
            lines.add(new CalculationLine(LineKind.NORM_ADJUSTMENT, (a.amount() > 0 ? "Höjd norm: " : "Sänkt norm: ") + a.reason().strip(),
                    a.amount(), "Särskilda skäl", rules.law(LegalSubject.LIVELIHOOD_SUPPORT_SCOPE)));
        }
        long norm = Math.addExact(Math.addExact(personal, common), adjustments);

        // Reasonable costs outside the norm, up to the unit's caps.
        long reasonable = 0;
        String costLaw = rules.law(LegalSubject.LIVELIHOOD_SUPPORT_SCOPE);
        for (CostType type : COST_TYPES) {
            long actual = 0;
            boolean present = false;
            for (Cost c : in.costs()) {
                if (c.type() == type) {
                    actual = Math.addExact(actual, c.amount());
                    present = true;
                }
            }
            if (!present || actual == 0) {
                continue;
            }
            CostCap cap = null;
            for (CostCap candidate : rules.caps()) {
                if (candidate.matches(type, adults, children)) {
                    cap = candidate;
                    break;
                }
            }
            if (cap != null && actual > cap.amount()) {
                reasonable = Math.addExact(reasonable, cap.amount());
                lines.add(CalculationLine.reasonableCost(type, type.text() + " (begränsad till skälig nivå)", cap.amount(),
                        "Faktisk kostnad " + Kronor.format(actual) + " kr; enhetens tak " + Kronor.format(cap.amount()) + " kr för "
                                + cap.description() + " (" + cap.source() + ")",
                        costLaw, actual));
                warnings.add(type.text() + " " + Kronor.format(actual) + " kr är högre än enhetens skäliga nivå " + Kronor.format(cap.amount())
                        + " kr; " + Kronor.format(cap.amount()) + " kr godtas.");
            } else {
                reasonable = Math.addExact(reasonable, actual);
                lines.add(CalculationLine.reasonableCost(type, type.text(), actual,
                        cap == null ? "Faktisk kostnad" : "Faktisk kostnad, inom enhetens tak " + Kronor.format(cap.amount()) + " kr",
                        costLaw, null));
            }
        }

        long other = 0;
        for (OtherNeed n : in.otherNeeds()) {
            other = Math.addExact(other, n.amount());
            lines.add(new CalculationLine(LineKind.OTHER_NEED, "Livsföring i övrigt: " + n.description().strip(), n.amount(),
                    "Prövat för sig", rules.law(LegalSubject.RIGHT_TO_ASSISTANCE)));
        }
        long need = Math.addExact(Math.addExact(norm, reasonable), other);

        // Income: all counted net, except children's earnings up to a prisbasbelopp a year and jobbstimulans.
        long counted = 0;
        String incomeLaw = rules.law(LegalSubject.RIGHT_TO_ASSISTANCE);
        for (Income income : in.incomes()) {
            Member m = in.members().get(income.member());
            int who = who(in.members(), income.member());
            long amount = income.amount();
            if (amount == 0) {
                continue;
            }
            if (m.role() == MemberRole.CHILD && income.type().isEmployment()) {
                long pbb = rules.priceBaseAmount().orElseThrow(() -> new MissingRuleDataException("month",
                        "Prisbasbeloppet för " + in.month().getYear() + " saknas. Lägg in det innan barns arbetsinkomster kan beräknas."));
                long room = Math.max(0, pbb - Math.max(0, income.earnedEarlierThisYear()));
                long exempt = Math.min(amount, room);
                if (exempt > 0) {
                    lines.add(new CalculationLine(LineKind.INCOME_EXEMPTION, LineTexts.exemption(income.type(), who), exempt,
                            "Barns och skolungdomars arbetsinkomst upp till ett prisbasbelopp (" + Kronor.format(pbb) + " kr) per år",
                            rules.law(LegalSubject.CHILDREN_EARNINGS_EXEMPT)));
                }
                amount -= exempt;
            } else if (income.jobStimulus()) {
                long disregarded = divideRounded(amount * 25, 100);
                lines.add(new CalculationLine(LineKind.JOB_STIMULUS, LineTexts.jobStimulus(income.type(), who),
                        disregarded, "25 % av " + Kronor.format(amount) + " kr", rules.law(LegalSubject.JOB_STIMULUS)));
                amount -= disregarded;
            }
            if (amount > 0) {
                counted = Math.addExact(counted, amount);
                lines.add(new CalculationLine(LineKind.INCOME, LineTexts.income(income.type(), who), amount, "Nettoinkomst", incomeLaw));
            }
        }

        long result = Math.subtractExact(need, counted);
        if (table.status() == TableStatus.PROVISIONAL) {
            warnings.add(0, "Beräkningen använder en preliminär normtabell för " + table.year() + " (" + table.source()
                    + "). Den ska ersättas med den officiella tabellen.");
        }
        if (result <= 0) {
            warnings.add("Inkomsterna täcker behovet: hushållet har ingen rätt till försörjningsstöd för månaden enligt beräkningen.");
        }
        return new CalculationResult(table.year(), table.status(), table.source(), personal, common, norm, reasonable, other, need,
                counted, result, Collections.unmodifiableList(warnings), Collections.unmodifiableList(lines));
    }

    private static final CostType[] COST_TYPES = CostType.values();

    /** Whole years of age on a day; 0 for a child not yet born on that day. */
    static int ageOn(LocalDate birthDate, LocalDate day) {
        if (birthDate.isAfter(day)) {
            return 0;
        }
        int years = day.getYear() - birthDate.getYear();
        if (day.getMonthValue() < birthDate.getMonthValue()
                || (day.getMonthValue() == birthDate.getMonthValue() && day.getDayOfMonth() < birthDate.getDayOfMonth())) {
            years--;
        }
        return years;
    }

    /** Whose income, for {@link LineTexts}: 0 = sökande, 1 = medsökande, 1 + n = barn n. */
    private static int who(List<Member> members, int index) {
        Member m = members.get(index);
        return switch (m.role()) {
            case APPLICANT -> 0;
            case CO_APPLICANT -> 1;
            case CHILD -> {
                int n = 0;
                for (int i = 0; i <= index; i++) {
                    if (members.get(i).role() == MemberRole.CHILD) {
                        n++;
                    }
                }
                yield 1 + n;
            }
        };
    }

    /** a ÷ b rounded to the nearest krona, halves up (amounts are never negative here). */
    static long divideRounded(long a, long b) {
        return (2 * a + b) / (2 * b);
    }

    /** Checks the input and names every field that is wrong; nothing is calculated from bad input. */
    public static void validate(CalculationInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.month() == null) {
            errors.add(new FieldError("month", "Ange månad (ÅÅÅÅ-MM)."));
        }
        if (in.members().isEmpty()) {
            errors.add(new FieldError("members", "Ange hushållets medlemmar."));
        }
        int applicants = 0;
        int coApplicants = 0;
        for (int i = 0; i < in.members().size(); i++) {
            Member m = in.members().get(i);
            if (m == null || m.role() == null) {
                errors.add(new FieldError("members[" + i + "].role", "Ange roll: APPLICANT, CO_APPLICANT eller CHILD."));
                continue;
            }
            if (m.birthDate() == null) {
                errors.add(new FieldError("members[" + i + "].birthDate", "Ange födelsedatum."));
            } else if (in.month() != null && m.birthDate().isAfter(in.month().atEndOfMonth())) {
                errors.add(new FieldError("members[" + i + "].birthDate", "Födelsedatumet ligger efter beräkningsmånaden."));
            }
            if (m.daysInHousehold() != null) {
                if (m.role() != MemberRole.CHILD) {
                    errors.add(new FieldError("members[" + i + "].daysInHousehold", "Dagar i hushållet anges bara för barn."));
                } else if (in.month() != null && (m.daysInHousehold() < 1 || m.daysInHousehold() > in.month().lengthOfMonth())) {
                    errors.add(new FieldError("members[" + i + "].daysInHousehold",
                            "Ange hur många dagar barnet bor i hushållet, 1–" + in.month().lengthOfMonth() + " för " + in.month() + "."));
                }
            }
            if (m.role() == MemberRole.APPLICANT) {
                applicants++;
            } else if (m.role() == MemberRole.CO_APPLICANT) {
                coApplicants++;
            }
        }
        if (!in.members().isEmpty() && applicants != 1) {
            errors.add(new FieldError("members", "Hushållet ska ha exakt en sökande (APPLICANT)."));
        }
        if (coApplicants > 1) {
            errors.add(new FieldError("members", "Hushållet kan ha högst en medsökande (CO_APPLICANT)."));
        }
        if (in.sharedHouseholdSize() != null) {
            int own = 1 + coApplicants + (int) in.members().stream().filter(m -> m != null && m.role() == MemberRole.CHILD).count();
            if (in.sharedHouseholdSize() < 2 || in.sharedHouseholdSize() < own || in.sharedHouseholdSize() > 30) {
                errors.add(new FieldError("sharedHouseholdSize",
                        "Ett delat hushåll har minst två personer och minst lika många som den sökandes eget hushåll."));
            }
        }
        for (int i = 0; i < in.costs().size(); i++) {
            Cost c = in.costs().get(i);
            if (c == null || c.type() == null) {
                errors.add(new FieldError("costs[" + i + "].type", "Ange typ av kostnad."));
            } else if (c.amount() < 0) {
                errors.add(new FieldError("costs[" + i + "].amount", "En kostnad kan inte vara negativ."));
            }
        }
        for (int i = 0; i < in.incomes().size(); i++) {
            Income inc = in.incomes().get(i);
            if (inc == null || inc.type() == null) {
                errors.add(new FieldError("incomes[" + i + "].type", "Ange typ av inkomst."));
                continue;
            }
            if (inc.member() < 0 || inc.member() >= in.members().size()) {
                errors.add(new FieldError("incomes[" + i + "].member", "Ange vilken hushållsmedlem (0–" + (in.members().size() - 1) + ") inkomsten tillhör."));
            } else if (inc.jobStimulus() && (!inc.type().isEmployment() || in.members().get(inc.member()).role() == MemberRole.CHILD)) {
                errors.add(new FieldError("incomes[" + i + "].jobStimulus", "Jobbstimulans gäller bara en vuxens inkomst av arbete."));
            }
            if (inc.amount() < 0) {
                errors.add(new FieldError("incomes[" + i + "].amount", "En inkomst kan inte vara negativ."));
            }
        }
        for (int i = 0; i < in.normAdjustments().size(); i++) {
            NormAdjustment a = in.normAdjustments().get(i);
            if (a == null || a.reason() == null || a.reason().isBlank()) {
                errors.add(new FieldError("normAdjustments[" + i + "].reason", "Ange de särskilda skälen för att höja eller sänka normen."));
            }
            if (a != null && a.amount() == 0) {
                errors.add(new FieldError("normAdjustments[" + i + "].amount", "Ange med hur mycket normen höjs (+) eller sänks (−)."));
            }
        }
        for (int i = 0; i < in.otherNeeds().size(); i++) {
            OtherNeed n = in.otherNeeds().get(i);
            if (n == null || n.description() == null || n.description().isBlank()) {
                errors.add(new FieldError("otherNeeds[" + i + "].description", "Beskriv behovet."));
            }
            if (n != null && n.amount() <= 0) {
                errors.add(new FieldError("otherNeeds[" + i + "].amount", "Beloppet ska vara större än noll."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
