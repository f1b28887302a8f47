package se.ebba.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.domain.Role;
import se.ebba.identity.Users;
import se.ebba.support.EbbaIntegrationTest;

@EbbaIntegrationTest
class DemoDataIT {

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Users users;

    @Test
    void loadingTheDemoDataAgainDuplicatesNothing() {
        long units = count("unit");
        long userCount = count("user_account");
        long persons = count("person");

        demoData.load();

        assertThat(count("unit")).isEqualTo(units).isEqualTo(2);
        assertThat(count("user_account")).isEqualTo(userCount);
        assertThat(count("person")).isEqualTo(persons);
    }

    @Test
    void everyRoleHasADemoUserInBothUnits() {
        for (String unit : new String[] {"OSTERMALM", "BROMMA"}) {
            var unitId = jdbc.sql("select id from unit where code = :c").param("c", unit).query(java.util.UUID.class).single();
            for (Role role : Role.values()) {
                if (role == Role.ADMIN) {
                    continue;
                }
                assertThat(users.withRole(new se.ebba.identity.domain.UnitId(unitId), role)).as(role + " in " + unit).isNotEmpty();
            }
        }
        assertThat(users.all()).anySatisfy(u -> assertThat(u.roles()).contains(Role.ADMIN));
    }

    @Test
    void demoPersonsHaveValidPersonnummerAndFictitiousNames() {
        assertThat(DemoData.pnr("19880503", "982")).hasSize(12);
        var numbers = jdbc.sql("select personal_number from person").query(String.class).list();
        numbers.forEach(n -> new se.ebba.identity.domain.PersonalNumber(n));
        assertThat(numbers).isNotEmpty();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
