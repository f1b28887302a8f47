package se.ebba.intake.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.intake.ContactSummary;
import se.ebba.intake.domain.AssessmentOutcome;
import se.ebba.intake.domain.ChildrenUnitContact;
import se.ebba.intake.domain.Contact;
import se.ebba.intake.domain.ContactChannel;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.EmergencyAssessment;
import se.ebba.intake.domain.EmergencyChecklist;
import se.ebba.intake.domain.EmergencyNeed;
import se.ebba.intake.domain.PreliminaryAssessment;
import se.ebba.intake.domain.ResidenceCheck;
import se.ebba.intake.domain.ResidencePolicy;
import se.ebba.intake.internal.ContactRecords;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcContactRecords implements ContactRecords {

    private final JdbcClient jdbc;

    JdbcContactRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Contact c) {
        jdbc.sql("""
                insert into intake_contact (id, unit_id, person_id, channel, contacted_at, registered_by, case_id, application_id, version)
                values (:id, :unit, :person, :channel, :at, :by, :case, :application, 0)
                """)
                .param("id", c.id().value()).param("unit", c.unit().value()).param("person", c.person().value())
                .param("channel", c.channel().name()).param("at", utc(c.contactedAt())).param("by", c.registeredBy().value())
                .param("case", c.caseId().map(CaseId::value).orElse(null)).param("application", c.applicationId().orElse(null))
                .update();
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return jdbc.sql("select * from intake_contact where id = :id").param("id", id.value())
                .query((rs, n) -> new Contact(new ContactId(rs.getObject("id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
                        new PersonId(rs.getObject("person_id", UUID.class)), ContactChannel.valueOf(rs.getString("channel")),
                        instant(rs, "contacted_at"), new UserId(rs.getObject("registered_by", UUID.class)),
                        Optional.ofNullable(rs.getObject("case_id", UUID.class)).map(CaseId::new).orElse(null),
                        rs.getObject("application_id", UUID.class), rs.getInt("version")))
                .optional();
    }

    @Override
    public void update(Contact c) {
        int updated = jdbc.sql("""
                update intake_contact set case_id = :case, application_id = :application, version = version + 1
                where id = :id and version = :version
                """)
                .param("case", c.caseId().map(CaseId::value).orElse(null)).param("application", c.applicationId().orElse(null))
                .param("id", c.id().value()).param("version", c.version()).update();
        if (updated != 1) {
            throw new ConcurrentEditException("Någon annan har ändrat kontakten medan du arbetade. Ladda om sidan och se ändringen innan du försöker igen.");
        }
    }

    @Override
    public List<ContactSummary> ofUnit(UnitId unit, Instant from, Instant to) {
        return jdbc.sql("""
                select c.id, c.person_id, c.channel, c.contacted_at, u.display_name, c.case_id,
                       (select p.outcome from preliminary_assessment p where p.contact_id = c.id order by p.assessed_at desc limit 1) as outcome,
                       (select r.belongs from residence_check r where r.contact_id = c.id order by r.checked_at desc limit 1) as belongs
                from intake_contact c join user_account u on u.id = c.registered_by
                where c.unit_id = :unit and c.contacted_at >= :from and c.contacted_at < :to
                order by c.contacted_at desc
                """)
                .param("unit", unit.value()).param("from", utc(from)).param("to", utc(to))
                .query((rs, n) -> new ContactSummary(new ContactId(rs.getObject("id", UUID.class)), new PersonId(rs.getObject("person_id", UUID.class)),
                        ContactChannel.valueOf(rs.getString("channel")), instant(rs, "contacted_at"), rs.getString("display_name"),
                        Optional.ofNullable(rs.getString("outcome")).map(AssessmentOutcome::valueOf),
                        Optional.ofNullable((Boolean) rs.getObject("belongs")),
                        Optional.ofNullable(rs.getObject("case_id", UUID.class)).map(CaseId::new)))
                .list();
    }

    @Override
    public void addAssessment(PreliminaryAssessment a) {
        jdbc.sql("""
                insert into preliminary_assessment (id, contact_id, account, adults, children_ages, housing_cost, income, estimated_need,
                                                    norm_year, outcome, insists, assessed_at, assessed_by)
                values (:id, :contact, :account, :adults, :ages, :housing, :income, :need, :year, :outcome, :insists, :at, :by)
                """)
                .param("id", a.id()).param("contact", a.contact().value()).param("account", a.account()).param("adults", a.adults())
                .param("ages", a.childrenAges().toArray(Integer[]::new)).param("housing", a.housingCost()).param("income", a.income())
                .param("need", a.estimatedNeed()).param("year", a.normYear()).param("outcome", a.outcome().name())
                .param("insists", a.insists()).param("at", utc(a.assessedAt())).param("by", a.assessedBy().value())
                .update();
    }

    @Override
    public Optional<PreliminaryAssessment> latestAssessment(ContactId contact) {
        return jdbc.sql("select * from preliminary_assessment where contact_id = :c order by assessed_at desc limit 1")
                .param("c", contact.value())
                .query((rs, n) -> new PreliminaryAssessment(rs.getObject("id", UUID.class), contact, rs.getString("account"), rs.getInt("adults"),
                        ages(rs.getArray("children_ages")), rs.getLong("housing_cost"), rs.getLong("income"), rs.getLong("estimated_need"),
                        rs.getInt("norm_year"), AssessmentOutcome.valueOf(rs.getString("outcome")), rs.getBoolean("insists"),
                        instant(rs, "assessed_at"), new UserId(rs.getObject("assessed_by", UUID.class))))
                .optional();
    }

    @Override
    public void addResidenceCheck(ResidenceCheck r) {
        String referredTo = null;
        String reason = null;
        switch (r.outcome()) {
            case ResidencePolicy.Outcome.Belongs b -> reason = b.note().orElse(null);
            case ResidencePolicy.Outcome.ReferredElsewhere e -> {
                referredTo = e.referredTo();
                reason = e.reason();
            }
        }
        jdbc.sql("""
                insert into residence_check (id, contact_id, street_address, postal_code, city, district, registered_there, people_registered,
                                             belongs, referred_to, reason, checked_at, checked_by)
                values (:id, :contact, :street, :postal, :city, :district, :registered, :people, :belongs, :referredTo, :reason, :at, :by)
                """)
                .param("id", r.id()).param("contact", r.contact().value()).param("street", r.streetAddress()).param("postal", r.postalCode())
                .param("city", r.city()).param("district", r.district().orElse(null)).param("registered", r.registeredThere())
                .param("people", r.peopleRegistered()).param("belongs", r.belongs()).param("referredTo", referredTo).param("reason", reason)
                .param("at", utc(r.checkedAt())).param("by", r.checkedBy().value())
                .update();
    }

    @Override
    public Optional<ResidenceCheck> latestResidenceCheck(ContactId contact) {
        return jdbc.sql("select * from residence_check where contact_id = :c order by checked_at desc limit 1")
                .param("c", contact.value())
                .query((rs, n) -> {
                    Optional<String> district = Optional.ofNullable(rs.getString("district"));
                    Optional<String> reason = Optional.ofNullable(rs.getString("reason"));
                    ResidencePolicy.Outcome outcome = rs.getBoolean("belongs")
                            ? new ResidencePolicy.Outcome.Belongs(district.orElse(""), reason)
                            : new ResidencePolicy.Outcome.ReferredElsewhere(rs.getString("referred_to"), reason.orElse(""));
                    return new ResidenceCheck(rs.getObject("id", UUID.class), contact, rs.getString("street_address"), rs.getString("postal_code"),
                            rs.getString("city"), district, rs.getBoolean("registered_there"), rs.getInt("people_registered"), outcome,
                            instant(rs, "checked_at"), new UserId(rs.getObject("checked_by", UUID.class)));
                })
                .optional();
    }

    @Override
    public void addEmergency(EmergencyAssessment e) {
        EmergencyChecklist c = e.checklist();
        jdbc.sql("""
                insert into emergency_assessment (id, contact_id, need, situation, children_in_household, children_needs, children_unit_contact,
                                                  children_unit_note, case_id, application_id, decision_id, assessed_at, assessed_by)
                values (:id, :contact, :need, :situation, :children, :needs, :unitContact, :unitNote, :case, :application, :decision, :at, :by)
                """)
                .param("id", e.id()).param("contact", e.contact().value()).param("need", e.need().name()).param("situation", e.situation())
                .param("children", c.childrenInHousehold()).param("needs", c.childrenNeeds().orElse(null))
                .param("unitContact", c.childrenUnitContact().map(Enum::name).orElse(null)).param("unitNote", c.childrenUnitNote().orElse(null))
                .param("case", e.caseId().value()).param("application", e.applicationId()).param("decision", e.decisionId())
                .param("at", utc(e.assessedAt())).param("by", e.assessedBy().value())
                .update();
    }

    @Override
    public List<EmergencyAssessment> emergencies(ContactId contact) {
        return jdbc.sql("select * from emergency_assessment where contact_id = :c order by assessed_at")
                .param("c", contact.value())
                .query((rs, n) -> new EmergencyAssessment(rs.getObject("id", UUID.class), contact, EmergencyNeed.valueOf(rs.getString("need")),
                        rs.getString("situation"),
                        new EmergencyChecklist(rs.getBoolean("children_in_household"), Optional.ofNullable(rs.getString("children_needs")),
                                Optional.ofNullable(rs.getString("children_unit_contact")).map(ChildrenUnitContact::valueOf),
                                Optional.ofNullable(rs.getString("children_unit_note"))),
                        new CaseId(rs.getObject("case_id", UUID.class)), rs.getObject("application_id", UUID.class),
                        rs.getObject("decision_id", UUID.class), instant(rs, "assessed_at"), new UserId(rs.getObject("assessed_by", UUID.class))))
                .list();
    }

    private static List<Integer> ages(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
