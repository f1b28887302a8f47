package se.ebba.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ebba.application.Applications;
import se.ebba.appeal.Appeals;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.domain.CaseId;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.Proposal;
import se.ebba.decision.domain.RefusedPart;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.shared.InvalidInputException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/**
 * Tried as a payment officer would: a single adult at Östermalm with rent 8 500 kr, above the unit's
 * cap of 6 330 kr, and försörjningsstöd "Beviljas". The 2 170 kr not accepted is a refusal of that part.
 */
@EbbaIntegrationTest
class PartialRefusalIT {

    static final String PART_REASONS = "Hyran 8 500 kr är högre än enhetens tak för en vuxen utan barn. Du har inte visat särskilda skäl "
            + "att godta en högre hyra, och du kan söka en billigare bostad.";

    @LocalServerPort
    int port;
    @Autowired
    Decisions decisions;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    CaseId singleAdult(String lastName, boolean protectedIdentity) {
        String id = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM",
                 "applicant": {"personalNumber": "%s", "firstName": "Petra", "lastName": "%s", "protectedIdentity": %s,
                               "streetAddress": "Lönngatan 9", "postalCode": "114 30", "city": "Stockholm"}}
                """.formatted(Households.personalNumber("19790212"), lastName, protectedIdentity)).json().get("caseId").asString();
        return new CaseId(UUID.fromString(id));
    }

    YearMonth month() {
        return YearMonth.now(clock).plusMonths(1);
    }

    Application applyWithRent(CaseId caseId, long rent, CurrentUser by) {
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.MONTHLY, month(),
                LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), by);
        calculations.save(caseId, by.units().iterator().next(), new CalculationInput(month(),
                List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1979, 2, 12), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, rent)), List.of(), null, null), by.id());
        return application;
    }

    static DecisionDraft granted(Application application, String partReasons) {
        return new DecisionDraft(List.of(new DecisionDraft.ItemDecision(application.items().getFirst().id(), Outcome.GRANTED, null)),
                DecisionGround.NEED_ASSESSMENT, "", null,
                partReasons == null ? List.of() : List.of(new DecisionDraft.PartReasons(refusedKey(), partReasons)));
    }

    /** The housing line is the third of a single adult's calculation: personal costs, common costs, housing. */
    static String refusedKey() {
        return "line2";
    }

    @Test
    void grantingACalculationWithRentAboveTheCapIsAPartialRefusalWithItsReasonsLawAndAppealInstructionsInTheLetter() throws Exception {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = singleAdult("Takdotter", false);
        Application application = applyWithRent(caseId, 8_500, karin);
        assertThat(decisions.application(caseId, application.id(), karin).refusedParts())
                .extracting(RefusedPart::key, RefusedPart::amount).containsExactly(org.assertj.core.groups.Tuple.tuple(refusedKey(), 2_170L));

        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), granted(application, null), karin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("part." + refusedKey() + ".reasons"));

        Decision decision = decisions.decide(caseId, application.id(), granted(application, PART_REASONS), karin);

        assertThat(decision.againstApplicant()).isTrue();
        assertThat(decision.delegation()).contains("3.8"); // the caseworker's delegation for a refusal covers the refused part
        assertThat(decisions.decision(caseId, decision.id(), karin).decision().refusedParts()).singleElement()
                .satisfies(p -> {
                    assertThat(p.amount()).isEqualTo(2_170);
                    assertThat(p.reasons()).isEqualTo(PART_REASONS);
                });

        String letter = text(decisions.letterPdf(caseId, decision.id(), karin));
        assertThat(letter).contains("Du beviljas försörjningsstöd för")
                .contains("Du får avslag på 2 170 kr av din boendekostnad eftersom den är högre än vad som är skäligt")
                .contains("Skäl: Hyran 8 500 kr är högre än enhetens tak")
                .contains("Hur du överklagar").contains("förvaltningsrätten")
                .doesNotContain("Du beviljas det du har ansökt om");
        assertThat(letter).as("the unit's contact details").contains("Box 99001").contains("100 99 Stockholm")
                .contains("Telefon 08-465 004 10").contains("Kontaktperson: Mottagningen");
        assertThat(letter).contains("Lönngatan 9");
    }

    @Test
    void theLetterToAProtectedPersonPrintsSkatteverketsForwardingRouteAndNeverTheAddress() throws Exception {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = singleAdult("Skyddsson", true);
        Application application = applyWithRent(caseId, 6_000, karin);
        Decision decision = decisions.decide(caseId, application.id(), granted(application, null), karin);

        String letter = text(decisions.letterPdf(caseId, decision.id(), karin));
        assertThat(letter).contains("Petra Skyddsson").contains("Förmedlas av Skatteverket (skyddade personuppgifter)")
                .contains("Box 2820").contains("403 20 Göteborg")
                .doesNotContain("Lönngatan").doesNotContain("114 30");
        assertThat(decisions.decision(caseId, decision.id(), karin).letter().protectedRecipient()).isTrue();
    }

    @Test
    void aPaymentOfficerWithoutDelegationToRefuseSendsTheCappedGrantAsAProposalThatTheCaseworkerMayDecide() {
        CurrentUser sara = user("ekonomi.ost");
        CaseId caseId = singleAdult("Förslagsson", false);
        Application application = applyWithRent(caseId, 8_500, sara);

        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), granted(application, PART_REASONS), sara))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("delegation"));
        Proposal proposal = decisions.propose(caseId, application.id(), granted(application, PART_REASONS), sara);
        assertThat(proposal.routedTo()).contains(Role.CASEWORKER).doesNotContain(Role.PAYMENT_OFFICER);

        CurrentUser karin = user("handlaggare.ost");
        assertThat(decisions.proposalsFor(karin)).filteredOn(p -> p.id().equals(proposal.id())).singleElement()
                .satisfies(p -> assertThat(p.draft().reasonsFor(refusedKey())).isEqualTo(PART_REASONS));
        assertThat(decisions.proposalCountFor(karin)).isPositive();
        assertThat(decisions.proposalCountFor(user("handlaggare.bro"))).isZero();

        Decision decision = decisions.decide(caseId, application.id(), proposal.draft(), karin);
        assertThat(decision.proposalId()).isEqualTo(proposal.id());
        assertThat(decision.refusedParts()).singleElement().satisfies(p -> assertThat(p.reasons()).isEqualTo(PART_REASONS));
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }
}
