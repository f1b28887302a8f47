package se.ebba.quality.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUsers;
import se.ebba.quality.CaseAudits;

/** The continuous audit of one case: what it meets of the inspectors' criteria and what it lacks, with links to fix it. */
@Controller
class CaseAuditPagesController {

    private final CaseAudits audits;
    private final CurrentUsers currentUsers;

    CaseAuditPagesController(CaseAudits audits, CurrentUsers currentUsers) {
        this.audits = audits;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/{id}/kvalitet")
    String caseAudit(@PathVariable UUID id, Model model) {
        model.addAttribute("audit", audits.ofCase(new CaseId(id), currentUsers.current()));
        return "quality/case";
    }
}
