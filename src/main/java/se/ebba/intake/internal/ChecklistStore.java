package se.ebba.intake.internal;

import java.util.List;
import se.ebba.casefile.domain.CaseId;
import se.ebba.intake.domain.BankStatement;
import se.ebba.intake.domain.ChecklistItem;
import se.ebba.intake.domain.ChecklistMark;
import se.ebba.intake.domain.DocumentRequest;

/** The checklist items (rule data) and, per case, the markings, document requests and bank statements; append-only. */
public interface ChecklistStore {

    List<ChecklistItem> items();

    List<ChecklistMark> marks(CaseId caseId);

    void add(ChecklistMark mark);

    List<DocumentRequest> requests(CaseId caseId);

    void add(DocumentRequest request);

    List<BankStatement> statements(CaseId caseId);

    void add(BankStatement statement);
}
