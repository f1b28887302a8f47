package se.ebba.payment.domain;

import java.util.Objects;
import se.ebba.identity.domain.UserId;

/** Who moves a payment: a person, or the system actor when no person does. */
public record Actor(UserId id, String name) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
