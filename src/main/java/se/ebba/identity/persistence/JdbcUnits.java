package se.ebba.identity.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.identity.UnitContact;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;

@Repository
class JdbcUnits implements Units {

    private final JdbcClient jdbc;

    JdbcUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitView> all() {
        return load("true", Map.of());
    }

    @Override
    public Optional<UnitView> byCode(String code) {
        return load("u.code = :code", Map.of("code", code == null ? "" : code.strip().toUpperCase())).stream().findFirst();
    }

    @Override
    public UnitView get(UnitId id) {
        return load("u.id = :id", Map.of("id", id.value())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Enheten finns inte"));
    }

    @Override
    @Transactional
    public UnitView create(String code, String name, List<String> districtNames) {
        String normalisedCode = code == null ? "" : code.strip().toUpperCase();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!normalisedCode.matches("[A-ZÅÄÖ0-9_-]{2,30}")) {
            errors.add(new InvalidInputException.FieldError("code", "Ange en kod med 2–30 bokstäver eller siffror."));
        } else if (byCode(normalisedCode).isPresent()) {
            errors.add(new InvalidInputException.FieldError("code", "Det finns redan en enhet med koden " + normalisedCode + "."));
        }
        if (name == null || name.isBlank()) {
            errors.add(new InvalidInputException.FieldError("name", "Ange enhetens namn."));
        } else if (name.strip().length() > 100) {
            errors.add(new InvalidInputException.FieldError("name", "Enhetens namn får vara högst 100 tecken."));
        }
        List<String> districts = districtNames.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (districts.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("districts", "Ange minst en stadsdel som enheten ansvarar för."));
        } else if (districts.size() > 50 || districts.stream().anyMatch(d -> d.length() > 100)) {
            errors.add(new InvalidInputException.FieldError("districts", "Ange högst 50 stadsdelar med högst 100 tecken vardera."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID unitId = UUID.randomUUID();
        jdbc.sql("insert into unit (id, code, name) values (:id, :code, :name)")
                .param("id", unitId).param("code", normalisedCode).param("name", name.strip()).update();
        for (String district : districts) {
            String districtCode = district.toUpperCase().replaceAll("[^A-ZÅÄÖ0-9]", "");
            jdbc.sql("insert into district (id, code, name) values (:id, :code, :name) on conflict (code) do nothing")
                    .param("id", UUID.randomUUID()).param("code", districtCode).param("name", district).update();
            jdbc.sql("""
                    insert into unit_district (unit_id, district_id)
                    select :unit, id from district where code = :code on conflict do nothing
                    """).param("unit", unitId).param("code", districtCode).update();
        }
        return get(new UnitId(unitId));
    }

    @Override
    public UnitContact contact(UnitId id) {
        return jdbc.sql("select postal_address, phone, contact_person from unit where id = :id").param("id", id.value())
                .query((rs, n) -> new UnitContact(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFoundException("Enheten finns inte"));
    }

    @Override
    @Transactional
    public void changeContact(UnitId id, UnitContact contact) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        check(errors, "postalAddress", contact.postalAddress(), 300, "Ange enhetens postadress, t.ex. Box 123, 123 45 Ort.");
        check(errors, "phone", contact.phone(), 50, "Ange enhetens telefonnummer.");
        check(errors, "contactPerson", contact.contactPerson(), 200, "Ange en kontaktperson eller funktion, t.ex. Mottagningen.");
        if (contact.phone() != null && !contact.phone().matches("[0-9 +()\\-]{5,50}")) {
            errors.add(new InvalidInputException.FieldError("phone", "Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int changed = jdbc.sql("update unit set postal_address = :address, phone = :phone, contact_person = :contact where id = :id")
                .param("address", contact.postalAddress()).param("phone", contact.phone()).param("contact", contact.contactPerson())
                .param("id", id.value()).update();
        if (changed == 0) {
            throw new NotFoundException("Enheten finns inte");
        }
    }

    private static void check(List<InvalidInputException.FieldError> errors, String field, String value, int max, String missing) {
        if (value == null) {
            errors.add(new InvalidInputException.FieldError(field, missing));
        } else if (value.length() > max || value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r')) {
            errors.add(new InvalidInputException.FieldError(field, "Texten får vara högst " + max + " tecken, utan styrtecken."));
        }
    }

    private List<UnitView> load(String where, Map<String, Object> params) {
        Map<UUID, String[]> units = new LinkedHashMap<>();
        Map<UUID, UnitContact> contacts = new LinkedHashMap<>();
        Map<UUID, List<String>> districts = new LinkedHashMap<>();
        jdbc.sql("""
                select u.id, u.code, u.name, u.postal_address, u.phone, u.contact_person, d.name as district
                from unit u
                left join unit_district ud on ud.unit_id = u.id
                left join district d on d.id = ud.district_id
                where %s
                order by u.name, d.name
                """.formatted(where))
                .params(params)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    units.putIfAbsent(id, new String[] {rs.getString("code"), rs.getString("name")});
                    contacts.putIfAbsent(id, new UnitContact(rs.getString("postal_address"), rs.getString("phone"), rs.getString("contact_person")));
                    List<String> list = districts.computeIfAbsent(id, k -> new ArrayList<>());
                    if (rs.getString("district") != null) {
                        list.add(rs.getString("district"));
                    }
                });
        return units.entrySet().stream()
                .map(e -> new UnitView(new UnitId(e.getKey()), e.getValue()[0], e.getValue()[1], List.copyOf(districts.get(e.getKey())),
                        contacts.get(e.getKey())))
                .toList();
    }
}
