package se.ebba.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.identity.Units;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.TestUsers;

/** The unit manager decides, in Chromium, on the access an administrator asked for in the unit. */
@EbbaIntegrationTest
class AccessGrantBrowserIT extends BrowserSession {

    @Autowired
    Users users;
    @Autowired
    Units units;

    @Test
    void theUnitManagerFindsTheGrantInTheMenuMustGiveAReasonToRejectAndApprovesIt() {
        String username = "vikarie." + UUID.randomUUID().toString().substring(0, 6);
        UserView created = users.create(new Users.NewUser(username, "Vera Vikarie", "Vinter-Lykta-Granit-42", Set.of(Role.CASEWORKER),
                Set.of(units.byCode("BROMMA").orElseThrow().id()), false), TestUsers.loggedIn(users, "admin"));
        assertThat(created.roles()).isEmpty();

        ebba.loginAs("chef.bro").menu("Behörigheter att godkänna");
        assertThat(ebba.heading()).hasText("Behörigheter att godkänna");
        Locator grant = ebba.page().locator("article").filter(new Locator.FilterOptions().setHasText(username));
        assertThat(grant).containsText("Vera Vikarie");
        assertThat(grant).containsText("Roller: Socialsekreterare. Enheter: Bromma");
        ebba.screenshot("behorigheter");

        grant.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avslå")).click();
        Locator summary = ebba.page().getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Skriv varför behörigheten avslås");
        summary.getByRole(AriaRole.LINK).first().click();
        assertThat(ebba.page().getByLabel("Skäl (krävs vid avslag)").and(ebba.page().locator("#reason"))).isFocused();

        ebba.page().locator("article").filter(new Locator.FilterOptions().setHasText(username))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkänn")).click();

        assertThat(ebba.page().getByRole(AriaRole.STATUS)).containsText("Behörigheten är godkänd");
        assertThat(ebba.page().locator("article").filter(new Locator.FilterOptions().setHasText(username))).hasCount(0);
        UserView approved = users.find(created.id()).orElseThrow();
        assertThat(approved.roles()).containsExactly(Role.CASEWORKER);
        ebba.screenshot("behorigheter-godkand");
    }
}
