package se.ebba.audit.origin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestOriginTest {

    @Test
    void theSessionIdIsStoredAsItsSha256NeverAsItself() {
        // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assertThat(RequestOrigin.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void outsideARequestThereIsNoOrigin() {
        assertThat(RequestOrigin.current()).isEmpty();
    }
}
