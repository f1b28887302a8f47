package se.ebba.demo;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.ebba.casefile.CaseRef;
import se.ebba.identity.CurrentUser;
import se.ebba.investigation.BasicInvestigationService;
import se.ebba.investigation.BasicInvestigationService.SectionText;
import se.ebba.investigation.InitialAssessmentService;
import se.ebba.investigation.domain.InitialAssessmentPart1;
import se.ebba.investigation.domain.InitialAssessmentPart3;

/**
 * Demo investigations at Östermalm: a grundutredning in progress whose analysis is missing (a
 * family with children), and a complete one (a referred case), with Initial bedömning parts 1 and 3.
 * All text is invented.
 */
@Component
@Profile("demo")
class InvestigationDemo {

    private final BasicInvestigationService investigations;
    private final InitialAssessmentService assessments;

    InvestigationDemo(BasicInvestigationService investigations, InitialAssessmentService assessments) {
        this.investigations = investigations;
        this.assessments = assessments;
    }

    /** @param family a case with children, worked by {@code caseworker}; @param referred a case without children, worked by {@code other} */
    void load(CaseRef family, CurrentUser caseworker, CaseRef referred, CurrentUser other) {
        assessments.savePart1(family.id(), 0, new InitialAssessmentPart1.Content("Ensamstående", "Svensk medborgare",
                "Tindra bor med sina två barn. Barnens pappa har umgänge varannan helg.", "Försörjningsstöd för nästa månad och glasögon till Elsa.",
                false, null), caseworker);
        assessments.savePart3(family.id(), 0, new InitialAssessmentPart3.Content(
                "Har arbetat som undersköterska i tio år; arbetslös sedan i våras.", "Undersköterskeutbildning från gymnasiet.",
                "Ryggbesvär som gör tunga lyft svåra.", "Syster i Solna som hjälper till med hämtningar.",
                "Elsa går i fjärde klass, Noah på förskola.", "Hyresrätt på tre rum sedan 2016.",
                "Vill byta till administrativt arbete inom vården."), caseworker);
        investigations.save(family.id(), 0, List.of(
                new SectionText("FAMILY_SITUATION", "Ensamstående mamma med två barn, 11 och 7 år. Barnens pappa har umgänge varannan helg."),
                new SectionText("CHILDREN", "Elsa går i fjärde klass och trivs. Noah går på förskola. Båda är friska; Elsa behöver glasögon."),
                new SectionText("HOUSING", "Hyresrätt på tre rum sedan 2016, hyran är betald till och med denna månad."),
                new SectionText("ECONOMY", "Arbetslöshetsersättningen tog slut förra månaden. Inga tillgångar; barnbidrag och underhållsstöd."),
                new SectionText("WORK", "Undersköterska i tio år. Inskriven hos Arbetsförmedlingen och söker arbete."),
                new SectionText("HEALTH", "Ryggbesvär som begränsar tunga lyft; behandlas i primärvården."),
                new SectionText("SOCIAL_NETWORK", "Syster i Solna som hjälper till. Inga andra anhöriga i närheten."),
                new SectionText("EARLIER_ATTEMPTS", "Har sökt tjänster inom vården utan tunga lyft, hittills utan resultat."),
                new SectionText("GOALS", "Tindra vill arbeta administrativt inom vården inom ett år.")), false, caseworker);

        Map<String, String> complete = Map.of(
                "FAMILY_SITUATION", "Ensamstående utan barn, bor själv.",
                "HOUSING", "Andrahandskontrakt på ett rum och kök, godkänt av hyresvärden, till och med årets slut.",
                "ECONOMY", "Inga inkomster sedan visstidsanställningen tog slut. Inga tillgångar eller skulder.",
                "WORK", "Har arbetat i lager och butik. Inskriven hos Arbetsförmedlingen.",
                "HEALTH", "Frisk.",
                "SOCIAL_NETWORK", "Föräldrar i Uppsala, kontakt varje vecka. Spelar fotboll i korpen.",
                "EARLIER_ATTEMPTS", "Har sökt arbete på egen hand i tre månader.",
                "GOALS", "Vill få fast arbete inom logistik och ta truckkort.",
                "ANALYSIS", "Viktor saknar i dag inkomst eftersom visstidsanställningen inte förlängdes. Han har arbetslivserfarenhet och "
                        + "god hälsa; det som står i vägen för ett arbete är främst att han saknar truckkort, som efterfrågas i de tjänster han söker.",
                "ASSESSMENT", "Viktor har rätt till försörjningsstöd enligt norm medan han söker arbete. Han bör erbjudas insats via Jobbtorg "
                        + "med sikte på truckkort.");
        investigations.save(referred.id(), 0, complete.entrySet().stream().map(e -> new SectionText(e.getKey(), e.getValue())).toList(), true,
                other);
    }
}
