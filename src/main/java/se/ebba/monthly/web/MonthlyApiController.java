package se.ebba.monthly.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUsers;
import se.ebba.monthly.MonthlyApplications;
import se.ebba.monthly.MonthlyApplications.MonthlyDraft;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Monthly applications over the API: the same path the applicant e-service will use. The request is
 * read as the page's form is, so a refusal names the same fields ({@code statements[0].to}).
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/monthly-applications")
@Tag(name = "Monthly applications", description = "A household's application for a benefit month (månadsansökan)")
class MonthlyApiController {

    private final MonthlyApplications monthly;
    private final CurrentUsers currentUsers;

    MonthlyApiController(MonthlyApplications monthly, CurrentUsers currentUsers) {
        this.monthly = monthly;
        this.currentUsers = currentUsers;
    }

    record MemberRequest(String role, String birthDate, Boolean lunchOutsideHome, Boolean inSchool) {
    }

    record CostRequest(String type, Long amount) {
    }

    record IncomeRequest(Integer member, String type, Long amount, Boolean jobStimulus) {
    }

    record NeedRequest(String description, Long amount) {
    }

    record DepositRequest(String bookedOn, Long amount, Integer accountedBy) {
    }

    record StatementRequest(String account, String from, String to, List<DepositRequest> deposits) {
    }

    record MonthlyRequest(String month, String receivedOn, List<MemberRequest> members, Integer sharedHouseholdSize, List<CostRequest> costs,
                          List<IncomeRequest> incomes, List<NeedRequest> otherNeeds, List<StatementRequest> statements,
                          List<String> documents, String note) {
    }

    record MonthlyResponse(UUID applicationId, String month, String state, boolean late, boolean complete, List<String> missing) {
    }

    @PostMapping
    @Operation(summary = "Registers the case's monthly application for a benefit month",
            description = "Checked at once against the checklist: the answer says whether it is complete, late, and what is missing.")
    ResponseEntity<MonthlyResponse> register(@PathVariable UUID caseId, @RequestBody MonthlyRequest request) {
        if (request == null) {
            throw new InvalidInputException("month", "Ange månaden och ansökans uppgifter.");
        }
        MonthlyForm form = form(request);
        var month = form.benefitMonth();
        List<FieldError> errors = new ArrayList<>();
        var received = form.received(errors);
        var facts = form.facts(month, errors);
        if (received == null && errors.stream().noneMatch(e -> e.field().equals("receivedOn"))) {
            errors.add(new FieldError("receivedOn", "Skriv datumet då ansökan kom in, som ÅÅÅÅ-MM-DD."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var saved = monthly.register(new CaseId(caseId), new MonthlyDraft(month, received, facts), currentUsers.current());
        return ResponseEntity.created(URI.create("/arenden/" + caseId + "/manadsansokan?manad=" + month))
                .body(new MonthlyResponse(saved.application().id().value(), month.toString(), saved.application().state().name(),
                        saved.version().late(), saved.completeness().complete(),
                        saved.completeness().missing().stream().map(m -> m.text()).toList()));
    }

    /** The request as the page's form, so that both are read and refused alike. */
    private static MonthlyForm form(MonthlyRequest r) {
        return new MonthlyForm(r.month(), r.receivedOn(), "0",
                list(r.members()).stream().map(m -> m == null ? new MonthlyForm.MemberRow("", "", null, null)
                        : new MonthlyForm.MemberRow(m.role(), m.birthDate(), on(m.lunchOutsideHome()), on(m.inSchool()))).toList(),
                r.sharedHouseholdSize() == null ? "" : r.sharedHouseholdSize().toString(),
                list(r.costs()).stream().map(c -> c == null ? new MonthlyForm.CostRow("", "") : new MonthlyForm.CostRow(c.type(), text(c.amount())))
                        .toList(),
                list(r.incomes()).stream().map(i -> i == null ? new MonthlyForm.IncomeRow("", "", "", null)
                        : new MonthlyForm.IncomeRow(text(i.member()), i.type(), text(i.amount()), on(i.jobStimulus()))).toList(),
                list(r.otherNeeds()).stream().map(n -> n == null ? new MonthlyForm.NeedRow("", "")
                        : new MonthlyForm.NeedRow(n.description(), text(n.amount()))).toList(),
                list(r.statements()).stream().map(s -> s == null ? new MonthlyForm.StatementRow("", "", "", List.of())
                        : new MonthlyForm.StatementRow(s.account(), s.from(), s.to(), list(s.deposits()).stream()
                        .map(d -> d == null ? new MonthlyForm.DepositRow("", "", "")
                                : new MonthlyForm.DepositRow(d.bookedOn(), text(d.amount()), text(d.accountedBy()))).toList())).toList(),
                list(r.documents()), r.note());
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String on(Boolean value) {
        return Boolean.TRUE.equals(value) ? "on" : null;
    }

    private static String text(Number value) {
        return value == null ? "" : value.toString();
    }
}
