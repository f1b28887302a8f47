package se.ebba.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.NewPerson;
import se.ebba.identity.PersonView;
import se.ebba.identity.Persons;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.NotFoundException;

@Repository
class JdbcPersons implements Persons {

    /**
     * Three ASCII letters or digits in a row (the words are lower case): a word pg_trgm surely makes a
     * trigram of, whatever the database's character classification of å, ä, ö and other letters.
     */
    private static final Pattern TRIGRAM = Pattern.compile("[a-z0-9]{3}");

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPersons(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Registration register(UnitId unit, NewPerson p, CurrentUser by) {
        // Concurrent registrations of the same personnummer in one unit end up with one row.
        jdbc.sql("""
                insert into person (id, unit_id, personal_number, first_name, last_name, birth_date, protected_identity,
                                    street_address, postal_code, city, created_at)
                values (:id, :unit, :pnr, :first, :last, :birth, :protected, :street, :postal, :city, :now)
                on conflict (unit_id, personal_number) do nothing
                """)
                .param("id", UUID.randomUUID())
                .param("unit", unit.value())
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
        Stored stored = jdbc.sql("""
                        select id, first_name, last_name, protected_identity, street_address, postal_code, city
                        from person where unit_id = :unit and personal_number = :pnr for update
                        """)
                .param("unit", unit.value()).param("pnr", p.personalNumber().value())
                .query((rs, n) -> new Stored(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .single();
        if (!sameName(stored.firstName(), p.firstName()) || !sameName(stored.lastName(), p.lastName())) {
            return new Registration.NameDiffers();
        }
        updateDetails(stored, p, by);
        return new Registration.Registered(stored.id());
    }

    private record Stored(PersonId id, String firstName, String lastName, boolean protectedIdentity, String street, String postal,
                          String city) {
    }

    /** A newer address or a newly set protected flag replaces the record's details; the earlier ones stay as history. */
    private void updateDetails(Stored stored, NewPerson p, CurrentUser by) {
        boolean newAddress = blankToNull(p.streetAddress()) != null || blankToNull(p.postalCode()) != null || blankToNull(p.city()) != null;
        boolean addressChanged = newAddress && !(Objects.equals(stored.street(), blankToNull(p.streetAddress()))
                && Objects.equals(stored.postal(), blankToNull(p.postalCode())) && Objects.equals(stored.city(), blankToNull(p.city())));
        // Protection is only ever added here: a form that leaves the box unticked must not lift it.
        boolean protect = p.protectedIdentity() && !stored.protectedIdentity();
        if (!addressChanged && !protect) {
            return;
        }
        jdbc.sql("""
                insert into person_detail_history (person_id, protected_identity, street_address, postal_code, city, replaced_at, replaced_by)
                values (:id, :protected, :street, :postal, :city, :now, :by)
                """)
                .param("id", stored.id().value()).param("protected", stored.protectedIdentity()).param("street", stored.street())
                .param("postal", stored.postal()).param("city", stored.city()).param("now", OffsetDateTime.now(clock))
                .param("by", by.id().value())
                .update();
        jdbc.sql("""
                update person set protected_identity = :protected, street_address = :street, postal_code = :postal, city = :city,
                                  version = version + 1
                where id = :id
                """)
                .param("protected", stored.protectedIdentity() || p.protectedIdentity())
                .param("street", addressChanged ? blankToNull(p.streetAddress()) : stored.street())
                .param("postal", addressChanged ? blankToNull(p.postalCode()) : stored.postal())
                .param("city", addressChanged ? blankToNull(p.city()) : stored.city())
                .param("id", stored.id().value())
                .update();
    }

    private static boolean sameName(String stored, String typed) {
        return stored.strip().equalsIgnoreCase(typed == null ? "" : typed.strip());
    }

    @Override
    public Set<PersonId> findIds(PersonalNumber personalNumber, Set<UnitId> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("select id from person where personal_number = :pnr and unit_id in (:units)")
                .param("pnr", personalNumber.value())
                .param("units", units.stream().map(UnitId::value).toList())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .list());
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
        if (viewer.units().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from person where id in (:ids) and unit_id in (:units) order by birth_date")
                .param("ids", ids.stream().map(PersonId::value).toList())
                .param("units", viewer.units().stream().map(UnitId::value).toList())
                .query((rs, n) -> toView(rs, viewer))
                .list();
    }

    @Override
    public Set<PersonId> matchingName(String query, Set<UnitId> units, int limit) {
        List<String> words = Arrays.stream(query.strip().toLowerCase().split("\\s+")).filter(w -> !w.isBlank()).toList();
        if (words.isEmpty() || units.isEmpty()) {
            return Set.of();
        }
        StringBuilder sql = new StringBuilder("select id from person where unit_id in (:units)");
        for (int i = 0; i < words.size(); i++) {
            if (TRIGRAM.matcher(words.get(i)).find()) {
                // Served by the trigram indexes (V15).
                sql.append(" and (lower(first_name) like :w").append(i).append(" or lower(last_name) like :w").append(i).append(")");
            } else {
                // A word without three letters in a row has no trigram: through the index it would read the whole
                // index, and a cached generic plan would do so for every word; matched row by row instead.
                sql.append(" and (strpos(lower(first_name), :w").append(i).append(") > 0 or strpos(lower(last_name), :w").append(i)
                        .append(") > 0)");
            }
        }
        sql.append(" limit :limit");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("limit", limit)
                .param("units", units.stream().map(UnitId::value).toList());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            spec = spec.param("w" + i, TRIGRAM.matcher(word).find() ? "%" + escapeLike(word) + "%" : word);
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
