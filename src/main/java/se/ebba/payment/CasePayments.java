package se.ebba.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.payment.domain.Attention;
import se.ebba.payment.domain.CaseAccounts;
import se.ebba.payment.domain.Payment;
import se.ebba.payment.domain.PaymentAccount;
import se.ebba.payment.domain.PaymentAccount.BankAccount;
import se.ebba.payment.domain.PaymentAccount.Bankgiro;
import se.ebba.payment.domain.RecipientKind;
import se.ebba.payment.domain.RegisteredAccount;
import se.ebba.payment.domain.StateChange;
import se.ebba.payment.internal.AccountBook;
import se.ebba.payment.internal.Attentions;
import se.ebba.payment.internal.Payments;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;

/**
 * A case's payments and the recipients' accounts: the block on the case page, and the registration
 * of the applicant's account and of the landlord with the instruction that rent is paid there (by a
 * caseworker or payment officer, never by the cashier who checks the payments). Every view and
 * change goes through the case file's access rules and writes one access-log row.
 */
@Service
public class CasePayments {

    private final CaseFiles caseFiles;
    private final Payments payments;
    private final AccountBook accounts;
    private final Attentions attentions;
    private final PaymentProposer proposer;
    private final AccessLog accessLog;
    private final Clock clock;

    CasePayments(CaseFiles caseFiles, Payments payments, AccountBook accounts, Attentions attentions, PaymentProposer proposer,
                 AccessLog accessLog, Clock clock) {
        this.caseFiles = caseFiles;
        this.payments = payments;
        this.accounts = accounts;
        this.attentions = attentions;
        this.proposer = proposer;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A payment with its transitions, oldest first. */
    public record PaymentHistory(Payment payment, List<StateChange> changes) {
    }

    /**
     * The case's block: the accounts in force today and their history, the payments (newest month
     * first) with their transitions, and granted amounts still waiting for an account.
     */
    public record CasePaymentsView(CaseRef caseRef, CaseAccounts accounts, Optional<RegisteredAccount> applicantAccount,
                                   Optional<RegisteredAccount> landlord, List<PaymentHistory> payments, List<Attention> waiting,
                                   boolean mayRegisterAccounts) {
    }

    /** What a caseworker or payment officer types for an account; {@code accountKind} is BANK_ACCOUNT or BANKGIRO. */
    public record NewAccount(String name, String accountKind, String clearingNumber, String accountNumber, String bankgiro,
                             LocalDate validFrom, String reason) {
    }

    public CasePaymentsView view(CaseId caseId, CurrentUser user) {
        CaseRef ref = caseFiles.openForReading(caseId, user, AccessAction.VIEW_PAYMENTS, "Utbetalningar och konton");
        CaseAccounts caseAccounts = accounts.ofCase(caseId);
        LocalDate today = LocalDate.now(clock);
        List<Payment> ofCase = payments.ofCase(caseId);
        List<StateChange> changes = payments.history(ofCase.stream().map(Payment::id).toList());
        List<PaymentHistory> withHistory = ofCase.stream().map(p -> new PaymentHistory(p,
                changes.stream().filter(c -> c.paymentId().equals(p.id())).toList())).toList();
        return new CasePaymentsView(ref, caseAccounts, caseAccounts.inForce(RecipientKind.APPLICANT, today),
                caseAccounts.inForce(RecipientKind.LANDLORD, today), withHistory,
                attentions.openOf(caseId, Attention.Kind.ACCOUNT_MISSING), registersAccounts(user));
    }

    /** The applicant's own bank account, from a date; payments waiting for it are proposed at once. */
    @Transactional
    public RegisteredAccount registerApplicantAccount(CaseId caseId, NewAccount input, CurrentUser user) {
        requireRegistrar(caseId, user);
        PaymentAccount account = BankAccount.of(input.clearingNumber(), input.accountNumber(), "clearingNumber", "accountNumber");
        RegisteredAccount row = register(caseId, RecipientKind.APPLICANT, input, account, false, user);
        proposer.proposeWaiting(caseId, PaymentProposer.actor(user));
        return row;
    }

    /** The landlord's account and the instruction that the rent is paid to the landlord, from a date. */
    @Transactional
    public RegisteredAccount registerLandlord(CaseId caseId, NewAccount input, CurrentUser user) {
        requireRegistrar(caseId, user);
        requireKind(input.accountKind());
        PaymentAccount account = "BANKGIRO".equals(input.accountKind()) ? Bankgiro.of(input.bankgiro(), "bankgiro")
                : BankAccount.of(input.clearingNumber(), input.accountNumber(), "clearingNumber", "accountNumber");
        return register(caseId, RecipientKind.LANDLORD, input, account, true, user);
    }

    /** Ends the instruction that rent is paid to the landlord, from a date: the whole amount goes to the applicant again. */
    @Transactional
    public RegisteredAccount endRentToLandlord(CaseId caseId, LocalDate from, String reason, CurrentUser user) {
        requireRegistrar(caseId, user);
        return register(caseId, RecipientKind.LANDLORD, new NewAccount("", null, null, null, null, from, reason), null, false, user);
    }

    private RegisteredAccount register(CaseId caseId, RecipientKind kind, NewAccount input, PaymentAccount account, boolean rentToLandlord,
                                       CurrentUser user) {
        LocalDate from = input.validFrom() == null ? LocalDate.now(clock) : input.validFrom();
        RegisteredAccount row = RegisteredAccount.register(caseId, kind, input.name(), account, rentToLandlord, from, input.reason(),
                PaymentProposer.actor(user), clock.instant());
        caseFiles.openForChange(caseId, user, AccessAction.REGISTER_PAYMENT_ACCOUNT,
                kind == RecipientKind.APPLICANT ? "Sökandens konto" : rentToLandlord ? "Hyra till hyresvärd" : "Hyra till hyresvärd upphör",
                new Subject(SubjectType.PAYMENT, null));
        accounts.append(row);
        return row;
    }

    /** Accounts are given by those who prepare payments; the cashier who checks them may not change where money goes. */
    private void requireRegistrar(CaseId caseId, CurrentUser user) {
        if (!registersAccounts(user)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, null, caseId.value(), null, null, null,
                    "Rollen får inte registrera konton för utbetalning"));
            throw new ForbiddenException("Konton för utbetalning registreras av handläggare eller ekonomihandläggare.");
        }
    }

    static boolean registersAccounts(CurrentUser user) {
        return user.has(Role.CASEWORKER) || user.has(Role.PAYMENT_OFFICER) || user.has(Role.TEAM_LEAD);
    }

    private static void requireKind(String kind) {
        if (!"BANK_ACCOUNT".equals(kind) && !"BANKGIRO".equals(kind)) {
            throw new InvalidInputException("accountKind", "Välj bankkonto eller bankgiro.");
        }
    }
}
