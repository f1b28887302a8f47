package se.ebba.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckDigitsTest {

    @Test
    void modulus10DoublesEverySecondDigitFromTheRight() {
        assertThat(CheckDigits.mod10("79927398713")).isTrue();
        assertThat(CheckDigits.mod10("79927398710")).isFalse();
        assertThat(CheckDigits.mod10("83279")).isTrue();
    }

    @Test
    void modulus11WeighsTheDigitsOneToTenFromTheRight() {
        // 0·10 + 0·9 + 1·8 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 + 3·1 = 88 = 8·11
        assertThat(CheckDigits.mod11("0011234563")).isTrue();
        assertThat(CheckDigits.mod11("0011234564")).isFalse();
        assertThat(CheckDigits.mod11("123456789012")).as("longer than the weights").isFalse();
    }
}
