package se.ebba.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.WebSession;
import se.ebba.support.WebSession.Page;

@EbbaIntegrationTest
class ControlsPagesIT {

    @LocalServerPort
    int port;

    @Test
    void theUnitManagerOpensTheUnitsCalendarWithItsFormForANewCheck() {
        Page page = WebSession.loggedIn("chef.ost", port).get("/arshjul/kalender");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Kontroll av pass eller id-handling").contains("<legend>Månader</legend>")
                .contains("id=\"month-1\"");
    }
}
