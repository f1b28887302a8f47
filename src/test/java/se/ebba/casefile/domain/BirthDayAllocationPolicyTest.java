package se.ebba.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.identity.domain.UserId;

class BirthDayAllocationPolicyTest {

    final UserId karin = UserId.random();
    final UserId jonas = UserId.random();

    BirthDayRange range(UserId who, int first, int last) {
        return new BirthDayRange(UUID.randomUUID(), who, first, last);
    }

    @Test
    void givesTheCaseToTheCaseworkerWhoOwnsTheApplicantsBirthDay() {
        var policy = new BirthDayAllocationPolicy(List.of(range(karin, 1, 15), range(jonas, 16, 31)));
        assertThat(policy.caseworkerFor(1)).contains(karin);
        assertThat(policy.caseworkerFor(15)).contains(karin);
        assertThat(policy.caseworkerFor(16)).contains(jonas);
        assertThat(policy.caseworkerFor(31)).contains(jonas);
    }

    @Test
    void leavesTheCaseToTheTeamLeadWhenNoOneOwnsTheDay() {
        var policy = new BirthDayAllocationPolicy(List.of(range(karin, 5, 10)));
        assertThat(policy.caseworkerFor(4)).isEmpty();
        assertThat(policy.uncoveredDays()).containsExactly(new int[] {1, 4}, new int[] {11, 31});
    }

    @Test
    void findsRangesThatWouldOverlap() {
        var policy = new BirthDayAllocationPolicy(List.of(range(karin, 1, 15)));
        assertThat(policy.overlapping(range(jonas, 15, 20))).hasSize(1);
        assertThat(policy.overlapping(range(jonas, 16, 20))).isEmpty();
    }
}
