package se.ebba.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.NewPerson;
import se.ebba.identity.PersonView;
import se.ebba.identity.Persons;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.shared.NotFoundException;

@Repository
class JdbcPersons implements Persons {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPersons(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonId registerOrFind(NewPerson p) {
        UUID id = UUID.randomUUID();
        // Concurrent registrations of the same personnummer end up with one row.
        jdbc.sql("""
                insert into person (id, personal_number, first_name, last_name, birth_date, protected_identity,
                                    street_address, postal_code, city, created_at)
                values (:id, :pnr, :first, :last, :birth, :protected, :street, :postal, :city, :now)
                on conflict (personal_number) do nothing
                """)
                .param("id", id)
                .param("pnr", p.personalNumber().value())
                .param("first", p.firstName().strip())
                .param("last", p.lastName().strip())
                .param("birth", p.personalNumber().birthDate())
                .param("protected", p.protectedIdentity())
                .param("street", blankToNull(p.streetAddress()))
                .param("postal", blankToNull(p.postalCode()))
                .param("city", blankToNull(p.city()))
                .param("now", OffsetDateTime.now(clock))
                .update();
        return findId(p.personalNumber()).orElseThrow();
    }

    @Override
    public Optional<PersonId> findId(PersonalNumber personalNumber) {
        return jdbc.sql("select id from person where personal_number = :pnr")
                .param("pnr", personalNumber.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .optional();
    }

    @Override
    public PersonView view(PersonId id, CurrentUser viewer) {
        List<PersonView> found = view(List.of(id), viewer);
        if (found.isEmpty()) {
            throw new NotFoundException("Personen finns inte");
        }
        return found.getFirst();
    }

    @Override
    public List<PersonView> view(Collection<PersonId> ids, CurrentUser viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from person where id in (:ids) order by birth_date")
                .param("ids", ids.stream().map(PersonId::value).toList())
                .query((rs, n) -> toView(rs, viewer))
                .list();
    }

    @Override
    public Set<PersonId> matchingName(String query, int limit) {
        List<String> words = Arrays.stream(query.strip().toLowerCase().split("\\s+")).filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) {
            return Set.of();
        }
        StringBuilder sql = new StringBuilder("select id from person where true");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and (lower(first_name) like :w").append(i).append(" or lower(last_name) like :w").append(i).append(")");
        }
        sql.append(" limit :limit");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return new LinkedHashSet<>(spec.query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list());
    }

    private static PersonView toView(ResultSet rs, CurrentUser viewer) throws SQLException {
        boolean isProtected = rs.getBoolean("protected_identity");
        boolean hidden = isProtected && !viewer.protectedIdentityAccess();
        String address = hidden ? PersonView.PROTECTED_ADDRESS : address(rs);
        return new PersonView(
                new PersonId(rs.getObject("id", UUID.class)),
                new PersonalNumber(rs.getString("personal_number")).formatted(),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getObject("birth_date", java.time.LocalDate.class),
                isProtected,
                address,
                hidden);
    }

    private static String address(ResultSet rs) throws SQLException {
        String street = rs.getString("street_address");
        String postal = rs.getString("postal_code");
        String city = rs.getString("city");
        StringBuilder sb = new StringBuilder();
        if (street != null) {
            sb.append(street);
        }
        String place = ((postal == null ? "" : postal) + " " + (city == null ? "" : city)).strip();
        if (!place.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(place);
        }
        return sb.isEmpty() ? "Adress saknas" : sb.toString();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
