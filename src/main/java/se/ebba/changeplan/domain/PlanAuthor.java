package se.ebba.changeplan.domain;

import se.ebba.identity.domain.UserId;

/** Who wrote or recorded something in the plan, with the name shown beside it. */
public record PlanAuthor(UserId id, String name) {
}
