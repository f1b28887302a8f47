package se.ebba.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page object for Mottagning, in the words an intake officer would use. */
final class IntakePages {

    private final Page page;

    IntakePages(Page page) {
        this.page = page;
    }

    IntakePages open() {
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mottagning")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dagens kontakter")).waitFor();
        return this;
    }

    IntakePages lookUp(String personalNumber) {
        page.locator("#lookup-personalNumber").fill(personalNumber);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click());
        return this;
    }

    IntakePages takePhoneContact(String firstName, String lastName) {
        page.getByLabel("Kontaktsätt").selectOption("PHONE");
        page.getByLabel("Förnamn").fill(firstName);
        page.getByLabel("Efternamn").fill(lastName);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera kontakt")).click());
        return this;
    }

    IntakePages assess(String account, String housingCost, String income, String outcome) {
        page.getByLabel("Personens egen berättelse").fill(account);
        page.getByLabel("Boendekostnad, kr per månad").fill(housingCost);
        page.getByLabel("Inkomster, kr per månad").fill(income);
        page.locator("#outcome").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(outcome));
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara förhandsbedömning")).click());
        return this;
    }

    IntakePages checkResidence(String street, String postalCode, String city, String district, String peopleRegistered) {
        page.getByLabel("Gatuadress där personen bor").fill(street);
        page.getByLabel("Postnummer").fill(postalCode);
        page.getByLabel("Postort").fill(city);
        page.getByLabel("Stadsdel").selectOption(district);
        page.getByLabel("Antal folkbokförda på adressen").fill(peopleRegistered);
        page.getByLabel("Folkbokförd på adressen").check();
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara tillhörighetsbedömning")).click());
        return this;
    }

    IntakePages registerApplication() {
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera ansökan")).click());
        return this;
    }

    Locator status() {
        return page.getByRole(AriaRole.STATUS);
    }

    Locator section(String id) {
        return page.locator("#" + id);
    }
}
