package se.ebba.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseListItem;
import se.ebba.casefile.domain.HouseholdMember;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.PersonView;
import se.ebba.identity.Persons;
import se.ebba.identity.Units;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** Builds the case file's read models for one viewer: the case page and list rows, with names resolved. */
@Component
class CaseViews {

    private static final String UNKNOWN_USER = "Okänd användare";

    private final Cases cases;
    private final Persons persons;
    private final Units units;
    private final Users users;

    CaseViews(Cases cases, Persons persons, Units units, Users users) {
        this.cases = cases;
        this.persons = persons;
        this.units = units;
        this.users = users;
    }

    CaseDetails details(AssistanceCase c, CurrentUser user) {
        CaseId id = c.id();
        List<HouseholdMember> members = cases.household(id);
        Map<PersonId, PersonView> people = persons.view(members.stream().map(HouseholdMember::person).toList(), user).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        List<CaseDetails.Member> household = members.stream()
                .map(m -> new CaseDetails.Member(people.get(m.person()), m.role())).toList();
        var both = cases.history(id);
        var states = both.states();
        var assignments = both.assignments();
        // Every user the page names, looked up in one query.
        Set<UserId> named = new HashSet<>();
        named.add(c.responsibleCaseworker());
        states.forEach(s -> named.add(s.by()));
        assignments.forEach(a -> {
            named.add(a.caseworker());
            named.add(a.by());
        });
        named.remove(null);
        Map<UserId, String> names = users.displayNames(named);
        Function<UserId, String> name = u -> u == null ? null : names.getOrDefault(u, UNKNOWN_USER);
        List<CaseDetails.HistoryLine> history = new ArrayList<>();
        states.forEach(s -> history.add(new CaseDetails.HistoryLine(s.at(),
                s.from() == null ? "Aktualiserat: " + s.to().text() : s.from().text() + " → " + s.to().text(), name.apply(s.by()), s.reason())));
        assignments.forEach(a -> history.add(new CaseDetails.HistoryLine(a.at(),
                "Ansvarig handläggare: " + name.apply(a.caseworker()) + " (" + a.method().text().toLowerCase() + ")",
                name.apply(a.by()), a.reason())));
        history.sort(Comparator.comparing(CaseDetails.HistoryLine::at));
        boolean changes = CaseAccessPolicy.mayChange(user.roles(), CaseContent.CASE);
        return new CaseDetails(c.id(), c.number(), units.get(c.unit()), c.state(), name.apply(c.responsibleCaseworker()),
                c.responsibleCaseworker() == null ? null : c.responsibleCaseworker().value(), c.openedAt(), c.version(),
                household, history, c.state().next(), changes, changes && user.allocatesCases());
    }

    List<CaseSummary> summaries(List<CaseListItem> items, CurrentUser user) {
        Set<PersonId> ids = new HashSet<>();
        items.forEach(i -> {
            if (i.applicant() != null) {
                ids.add(i.applicant());
            }
            if (i.matchedPerson() != null) {
                ids.add(i.matchedPerson());
            }
        });
        Map<PersonId, PersonView> people = persons.view(ids, user).stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        Map<UnitId, String> unitNames = new HashMap<>();
        Map<UserId, String> names = users.displayNames(items.stream().map(CaseListItem::responsibleCaseworker)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return items.stream().map(i -> {
            PersonView applicant = people.get(i.applicant());
            PersonView matched = i.matchedPerson() == null ? null : people.get(i.matchedPerson());
            return new CaseSummary(i.id(), i.number(), unitNames.computeIfAbsent(i.unit(), u -> units.get(u).name()), i.state(),
                    applicant == null ? "" : applicant.fullName(), applicant == null ? "" : applicant.personalNumber(),
                    i.responsibleCaseworker() == null ? null : names.getOrDefault(i.responsibleCaseworker(), UNKNOWN_USER),
                    i.openedAt(), i.lastActivityAt(),
                    matched == null ? null : matched.fullName(), matched == null ? null : matched.personalNumber(), i.matchedRole());
        }).toList();
    }

    String nameOf(UserId id) {
        return users.find(id).map(UserView::displayName).orElse(UNKNOWN_USER);
    }

    boolean isCaseworkerOf(UserId user, UnitId unit) {
        return users.find(user).filter(u -> u.enabled() && u.units().contains(unit) && u.roles().stream().anyMatch(Role::ownsCases))
                .isPresent();
    }
}
