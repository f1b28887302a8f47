package se.ebba.payment.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.payment.domain.Actor;
import se.ebba.payment.domain.CaseAccounts;
import se.ebba.payment.domain.PaymentAccount;
import se.ebba.payment.domain.RecipientKind;
import se.ebba.payment.domain.RegisteredAccount;
import se.ebba.payment.internal.AccountBook;

@Repository
class JdbcAccountBook implements AccountBook {

    private final JdbcClient jdbc;

    JdbcAccountBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(RegisteredAccount a) {
        jdbc.sql("""
                insert into payment_account (id, case_id, recipient_kind, name, account_kind, clearing_number, account_number, rent_to_landlord,
                                             valid_from, reason, registered_by, registered_by_name, registered_at)
                values (:id, :case, :kind, :name, :accountKind, :clearing, :account, :rent, :from, :reason, :by, :byName, :at)
                """)
                .param("id", a.id()).param("case", a.caseId().value()).param("kind", a.kind().name()).param("name", a.name())
                .param("accountKind", a.account() == null ? null : a.account().kind())
                .param("clearing", a.account() == null ? null : a.account().clearingNumber())
                .param("account", a.account() == null ? null : a.account().accountNumber())
                .param("rent", a.rentToLandlord()).param("from", a.validFrom()).param("reason", a.reason())
                .param("by", a.by().id().value()).param("byName", a.by().name()).param("at", a.at().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public CaseAccounts ofCase(CaseId caseId) {
        return new CaseAccounts(jdbc.sql("select * from payment_account where case_id = :c order by registered_at")
                .param("c", caseId.value())
                .query((rs, n) -> {
                    String kind = rs.getString("account_kind");
                    return new RegisteredAccount(rs.getObject("id", UUID.class), caseId, RecipientKind.valueOf(rs.getString("recipient_kind")),
                            rs.getString("name"), kind == null ? null
                            : PaymentAccount.stored(kind, rs.getString("clearing_number"), rs.getString("account_number")),
                            rs.getBoolean("rent_to_landlord"), rs.getObject("valid_from", LocalDate.class), rs.getString("reason"),
                            new Actor(new UserId(rs.getObject("registered_by", UUID.class)), rs.getString("registered_by_name")),
                            rs.getObject("registered_at", OffsetDateTime.class).toInstant());
                }).list());
    }
}
