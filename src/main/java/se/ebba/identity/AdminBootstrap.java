package se.ebba.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.identity.domain.Role;

/**
 * Creates the first system administrator of a new installation from EBBA_BOOTSTRAP_ADMIN_PASSWORD,
 * once: as soon as any administrator exists, the setting is ignored.
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Users users;
    private final String password;

    AdminBootstrap(Users users, @Value("${ebba.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFirstAdministrator() {
        if (password.isBlank() || users.all().stream().anyMatch(u -> u.roles().contains(Role.ADMIN))) {
            return;
        }
        try {
            users.create(new Users.NewUser("admin", "Systemadministratör", password, Set.of(Role.ADMIN), Set.of(), false));
        } catch (se.ebba.shared.InvalidInputException e) {
            throw new IllegalStateException("EBBA_BOOTSTRAP_ADMIN_PASSWORD does not follow the password policy "
                    + "(docs/operations.md, Login protection): " + e.getMessage(), e);
        }
        log.info("Created the first system administrator 'admin'; change the password setting or remove it");
    }
}
