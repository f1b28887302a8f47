package se.ebba.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DelegationPointsTest {

    @Test
    void pointsOfTheDelegationOrderAreListedAsTheDocumentNumbersThem() {
        assertThat(Stream.of("3.10", "3.2", "4.1a", "3.1", "4.1", "10.1", "3.9").sorted(Delegations::comparePoints).toList())
                .isEqualTo(List.of("3.1", "3.2", "3.9", "3.10", "4.1", "4.1a", "10.1"));
    }
}
