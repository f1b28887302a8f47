package se.ebba.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(policy.problem("karin.ek", "Lingonsylt och pannkakor")).isEmpty();
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefused() {
        assertThat(policy.problem("karin.ek", "Kort-ord-9x")).hasValueSatisfying(m -> assertThat(m).contains("minst 12 tecken"));
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedEvenWhenItHasFewerCharacters() {
        String password = "Åsa ärligt öppnade ådran " + "åäöÅÄÖ".repeat(6);
        assertThat(password.length()).isLessThan(72);
        assertThat(policy.problem("karin.ek", password)).hasValueSatisfying(m -> assertThat(m).contains("72 byte"));
    }

    @Test
    void thePasswordMayNotContainTheUserName() {
        assertThat(policy.problem("karin.ek", "Karin.Ek-lösenordet")).hasValueSatisfying(m -> assertThat(m).contains("användarnamnet"));
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefused() {
        assertThat(policy.size()).isGreaterThan(3000);
        for (String common : new String[] {"password1234", "123456789012", "hejhejhejhej", "Sommar2024!!", "qwertyuiop12",
                "lösenord1234", "Välkommen2025"}) {
            assertThat(policy.problem("karin.ek", common)).as(common).hasValueSatisfying(m -> assertThat(m).contains("vanligt"));
        }
    }

    @Test
    void aPasswordOfFewDifferentCharactersIsRefused() {
        assertThat(policy.problem("karin.ek", "abababababababab")).hasValueSatisfying(m -> assertThat(m).contains("för enkelt"));
    }

    @Test
    void theDemoPasswordIsBelowThePolicy() {
        assertThat(policy.problem("handlaggare.ost", "ebba-demo1")).isPresent();
    }
}
