package se.ebba.casefile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Households and their cases (ärenden)")
class CaseApiController {

    private final CaseFiles caseFiles;
    private final CurrentUsers currentUsers;
    private final Users users;

    CaseApiController(CaseFiles caseFiles, CurrentUsers currentUsers, Users users) {
        this.caseFiles = caseFiles;
        this.currentUsers = currentUsers;
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Registers a household and opens its case at intake",
            description = "The case gets a responsible caseworker by the unit's birth-day rule when one covers the applicant's day of birth.")
    ResponseEntity<OpenedCase> open(@Valid @RequestBody OpenCaseRequest request) {
        if (request == null) {
            throw new InvalidInputException("applicant", "Ange sökande.");
        }
        CurrentUser me = currentUsers.current();
        var unit = caseFiles.unitByCode(request.unitCode())
                .filter(u -> me.belongsTo(u.id()))
                .orElseThrow(() -> new InvalidInputException("unitCode", "Okänd enhet, eller en enhet du inte arbetar på."));
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(unit.id(), toInput(request.applicant()),
                request.coApplicant() == null ? null : toInput(request.coApplicant()),
                request.children() == null ? List.of() : request.children().stream().map(CaseApiController::toInput).toList(),
                request.otherAdults() == null ? List.of() : request.otherAdults().stream().map(CaseApiController::toInput).toList(),
                null), me);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + ref.id().value()))
                .body(new OpenedCase(ref.id().value(), ref.number().value(), ref.state().name(), username(ref.responsibleCaseworker() == null ? null : ref.responsibleCaseworker().value())));
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "A case with its household and history; cases of other units answer 404")
    CaseResponse get(@PathVariable UUID caseId) {
        CaseDetails d = caseFiles.open(new CaseId(caseId), currentUsers.current());
        return new CaseResponse(d.id().value(), d.number().value(), d.state().name(), d.unit().code(), d.unit().name(),
                username(d.responsibleCaseworkerId()), d.responsibleCaseworker(), d.openedAt(), d.version(),
                d.household().stream().map(m -> new MemberResponse(m.role().name(), m.person().personalNumber(), m.person().firstName(),
                        m.person().lastName(), m.person().birthDate().toString(), m.person().protectedIdentity(), m.person().address())).toList(),
                d.history().stream().map(h -> new HistoryResponse(h.at(), h.what(), h.by(), h.reason())).toList());
    }

    private String username(UUID userId) {
        return userId == null ? null : users.find(new UserId(userId)).map(UserView::username).orElse(null);
    }

    private static PersonInput toInput(PersonRequest p) {
        if (p == null) {
            return null;
        }
        return new PersonInput(p.personalNumber(), p.firstName(), p.lastName(), Boolean.TRUE.equals(p.protectedIdentity()),
                p.streetAddress(), p.postalCode(), p.city());
    }

    record OpenCaseRequest(@Size(max = 40, message = PersonLimits.SHORT) String unitCode, @Valid PersonRequest applicant,
                           @Valid PersonRequest coApplicant, @Size(max = 20, message = "Högst 20 barn.") List<@Valid PersonRequest> children,
                           @Size(max = 20, message = "Högst 20 andra vuxna.") List<@Valid PersonRequest> otherAdults) {
    }

    record PersonRequest(@Size(max = PersonLimits.PERSONAL_NUMBER, message = PersonLimits.PERSONAL_NUMBER_MESSAGE) String personalNumber,
                         @Size(max = PersonLimits.NAME, message = PersonLimits.NAME_MESSAGE) String firstName,
                         @Size(max = PersonLimits.NAME, message = PersonLimits.NAME_MESSAGE) String lastName,
                         Boolean protectedIdentity,
                         @Size(max = PersonLimits.ADDRESS, message = PersonLimits.ADDRESS_MESSAGE) String streetAddress,
                         @Size(max = PersonLimits.POSTAL_CODE, message = PersonLimits.POSTAL_CODE_MESSAGE) String postalCode,
                         @Size(max = PersonLimits.NAME, message = PersonLimits.NAME_MESSAGE) String city) {
    }

    record OpenedCase(UUID caseId, String caseNumber, String state, String responsibleCaseworker) {
    }

    record CaseResponse(UUID caseId, String caseNumber, String state, String unitCode, String unitName, String responsibleCaseworker,
                        String responsibleCaseworkerName, Instant openedAt, int version, List<MemberResponse> household,
                        List<HistoryResponse> history) {
    }

    record MemberResponse(String role, String personalNumber, String firstName, String lastName, String birthDate,
                          boolean protectedIdentity, String address) {
    }

    record HistoryResponse(Instant at, String what, String by, String reason) {
    }
}
