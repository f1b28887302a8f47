package se.ebba.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/** Page objects for the change plan pages, in the words a caseworker would use. */
final class ChangePlanPages {

    private final Page page;

    ChangePlanPages(Page page) {
        this.page = page;
    }

    ChangePlanPages openFromCase() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förändringsplan: mål, insatser")).click();
        return this;
    }

    ChangePlanPages startWriting() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv förändringsplan")).click();
        return this;
    }

    ChangePlanPages writeGoal(String goal, String subGoals, String requirements) {
        page.getByLabel("Individuellt mål").fill(goal);
        page.getByLabel("Delmål").fill(subGoals);
        page.getByLabel("Krav på den sökande").fill(requirements);
        return this;
    }

    ChangePlanPages chooseIntervention(int number, String intervention, String responsible) {
        page.getByLabel("Insats " + number, new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(intervention));
        page.getByLabel("Ansvarig för insats " + number).fill(responsible);
        return this;
    }

    ChangePlanPages participation(String ownWords) {
        page.getByLabel("Den sökandes delaktighet").fill(ownWords);
        return this;
    }

    ChangePlanPages save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara förändringsplan")).click();
        return this;
    }

    ChangePlanPages recordPaperSignature(String date) {
        page.getByLabel("Undertecknad på papper").check();
        page.getByLabel("Datum för underskrift").fill(date);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera underskrift")).click();
        return this;
    }

    ChangePlanPages followUp(String achieved, String changes) {
        page.getByLabel("Vad har uppnåtts").fill(achieved);
        page.getByLabel("Förändringar").fill(changes);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara uppföljning")).click();
        return this;
    }

    Locator status() {
        return page.getByRole(AriaRole.STATUS);
    }

    Locator signature() {
        return page.locator("#signature-status");
    }

    Locator followUps() {
        return page.locator("#follow-ups");
    }

    Locator currentPlan() {
        return page.locator("#current-plan");
    }
}
