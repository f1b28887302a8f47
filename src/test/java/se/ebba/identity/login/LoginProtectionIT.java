package se.ebba.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import se.ebba.support.EbbaIntegrationTest;

@EbbaIntegrationTest
class LoginProtectionIT {

    @Autowired
    LoginProtection protection;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    @Test
    void anAddressWithManyFailuresMustWaitLongerAfterEachFurtherFailure() {
        LoginProtection strict = new LoginProtection(attempts, accounts, events, clock, 5, 30, Duration.ofMinutes(15));
        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 30; i++) {
            String name = "spray." + UUID.randomUUID();
            strict.checkAllowed(name, address);
            strict.failed(name, address);
        }
        assertThatThrownBy(() -> strict.checkAllowed("someone.else", address))
                .isInstanceOfSatisfying(LoginRefusedException.class, e -> assertThat(e.retryAfter().toSeconds()).isBetween(0L, 2L));
        strict.checkAllowed("someone.else", "198.51.100.1");
    }

    @Test
    void failuresAreCountedFromTheLastSuccessfulLogin() {
        String name = "counted." + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            protection.failed(name, "192.0.2.1");
        }
        protection.succeeded(name, "192.0.2.1");
        for (int i = 0; i < 4; i++) {
            protection.failed(name, "192.0.2.1");
        }
        assertThat(protection.isLocked(name)).isFalse();
        assertThatThrownBy(() -> protection.failed(name, "192.0.2.1")).isInstanceOf(LoginRefusedException.class);
        assertThat(protection.isLocked(name)).isTrue();
    }
}
