package se.ebba.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.intake.domain.ApplicationChecklist;
import se.ebba.intake.domain.BankStatement;
import se.ebba.intake.domain.ChecklistItem;
import se.ebba.intake.domain.ChecklistItemId;
import se.ebba.intake.domain.ChecklistMark;
import se.ebba.intake.ChecklistStatus;
import se.ebba.intake.domain.DocumentRequest;
import se.ebba.intake.domain.Recorded;
import se.ebba.intake.domain.StatementContinuity;
import se.ebba.intake.internal.ChecklistStore;
import se.ebba.shared.InvalidInputException;

/**
 * The application checklist that travels with the case (QUALITY.md "Controls on every application"):
 * mark items, request what is missing with a deadline, record bank statements per account and see
 * whether they are continuous. Each view and change goes through the case file and is logged once.
 */
@Service
public class ApplicationChecklists {

    private final ChecklistStore store;
    private final CaseFiles caseFiles;
    private final Clock clock;

    ApplicationChecklists(ChecklistStore store, CaseFiles caseFiles, Clock clock) {
        this.store = store;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    /** The checklist page: items and their markings, document requests, statements per account. */
    public record ChecklistPage(CaseRef caseRef, ApplicationChecklist checklist, List<DocumentRequest> requests,
                                List<StatementContinuity.Account> accounts, LocalDate today) {
    }

    public ChecklistPage page(CaseId caseId, CurrentUser user) {
        CaseRef ref = caseFiles.openForReading(caseId, user, AccessAction.VIEW_CHECKLIST, "Ansökningskontroll");
        return new ChecklistPage(ref, checklistOf(caseId), store.requests(caseId), StatementContinuity.of(store.statements(caseId)),
                LocalDate.now(clock));
    }

    /** Marks the item with the code (an item's code stays the same across dated versions of the list). */
    @Transactional
    public ChecklistMark mark(CaseId caseId, String itemCode, ChecklistStatus status, String note, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.MARK_CHECKLIST_ITEM, "Kontrollpunkt markerad");
        ChecklistItemId item = checklistOf(caseId).rows().stream().map(ApplicationChecklist.Row::item)
                .filter(i -> i.code().equals(itemCode)).map(ChecklistItem::id).reduce((first, later) -> later)
                .orElseThrow(() -> new InvalidInputException("item", "Kontrollpunkten finns inte i ansökningskontrollen."));
        ChecklistMark mark = ChecklistMark.mark(caseId, item, status, note, recorded(user));
        store.add(mark);
        return mark;
    }

    /** A request for everything marked missing, due on the given day. */
    @Transactional
    public DocumentRequest requestDocuments(CaseId caseId, LocalDate dueOn, String note, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REQUEST_DOCUMENTS, "Begäran om komplettering");
        DocumentRequest request = DocumentRequest.request(caseId, checklistOf(caseId), dueOn, note, LocalDate.now(clock), recorded(user));
        store.add(request);
        return request;
    }

    @Transactional
    public BankStatement recordStatement(CaseId caseId, String account, LocalDate from, LocalDate to, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.RECORD_BANK_STATEMENT, "Kontoutdrag registrerat");
        BankStatement statement = BankStatement.record(caseId, account, from, to, LocalDate.now(clock), recorded(user));
        store.add(statement);
        return statement;
    }

    /**
     * The bank statements recorded at intake, for a module that has already opened the case through
     * {@link CaseFiles} (which checked the access and wrote the log row); writes nothing to the log.
     */
    public List<BankStatement> statementsOf(CaseId opened) {
        return store.statements(opened);
    }

    /** The items in force today, and any earlier item the case already has a marking for. */
    ApplicationChecklist checklistOf(CaseId caseId) {
        LocalDate today = LocalDate.now(clock);
        List<ChecklistMark> marks = store.marks(caseId);
        Set<ChecklistItemId> marked = new HashSet<>();
        marks.forEach(m -> marked.add(m.item()));
        List<ChecklistItem> items = store.items().stream().filter(i -> i.validOn(today) || marked.contains(i.id())).toList();
        return new ApplicationChecklist(items, marks);
    }

    private Recorded recorded(CurrentUser user) {
        return new Recorded(user.id(), user.displayName(), clock.instant());
    }
}
