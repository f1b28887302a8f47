package se.ebba.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"191212121212", "19121212-1212", "121212+1212", "1212121212", " 19121212-1212 "})
    void acceptsTheSameNumberWrittenInEveryUsualWay(String input) {
        if (input.equals("1212121212")) {
            // without "+", ten digits mean under 100 years old
            assertThat(PersonalNumber.parse(input, TODAY).value()).isEqualTo("201212121212");
            return;
        }
        assertThat(PersonalNumber.parse(input, TODAY).value()).isEqualTo("191212121212");
    }

    @Test
    void storesTheTwelveDigitFormAndShowsItWithAHyphen() {
        PersonalNumber number = PersonalNumber.parse("199001010017", TODAY);
        assertThat(number.value()).isEqualTo("199001010017");
        assertThat(number.formatted()).isEqualTo("19900101-0017");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void givesATenDigitNumberTheCenturyThatMakesThePersonUnderAHundred() {
        assertThat(PersonalNumber.parse("900101-0017", TODAY).value()).isEqualTo("199001010017");
        assertThat(PersonalNumber.parse("100101-0006", TODAY).value()).isEqualTo("201001010006");
    }

    @Test
    void aPlusSignMeansAHundredYearsOrOlder() {
        assertThat(PersonalNumber.parse("121212+1212", TODAY).value()).isEqualTo("191212121212");
        assertThat(PersonalNumber.parse("121212-1212", TODAY).value()).isEqualTo("201212121212");
    }

    @Test
    void acceptsASamordningsnummerWithSixtyAddedToTheDay() {
        String nine = "900161001";
        String coordination = "19" + nine + PersonalNumber.checkDigitFor(nine);
        PersonalNumber number = PersonalNumber.parse(coordination, TODAY);
        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(number.birthDay()).isEqualTo(1);
    }

    @Test
    void refusesAWrongCheckDigitWithASwedishMessage() {
        assertThatThrownBy(() -> PersonalNumber.parse("19900101-0018", TODAY))
                .isInstanceOf(InvalidPersonalNumberException.class)
                .hasMessage("Kontrollsiffran (den sista siffran) stämmer inte. Kontrollera personnumret.")
                .extracting(e -> ((InvalidPersonalNumberException) e).kind())
                .isEqualTo(InvalidPersonalNumberException.Kind.CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19901301-0000", "19900230-0000", "19900100-0000", "19900192-0000"})
    void refusesADateThatDoesNotExist(String input) {
        String nine = input.substring(2, 8) + input.substring(9, 12);
        String withValidCheck = input.substring(0, 12) + PersonalNumber.checkDigitFor(nine);
        assertThatThrownBy(() -> PersonalNumber.parse(withValidCheck, TODAY))
                .isInstanceOf(InvalidPersonalNumberException.class)
                .extracting(e -> ((InvalidPersonalNumberException) e).kind())
                .isEqualTo(InvalidPersonalNumberException.Kind.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990", "abc", "19900101-00171", "1990-01-01-0017", "19900101--0017"})
    void refusesWhatIsNotTenOrTwelveDigits(String input) {
        assertThatThrownBy(() -> PersonalNumber.parse(input, TODAY))
                .isInstanceOf(InvalidPersonalNumberException.class)
                .extracting(e -> ((InvalidPersonalNumberException) e).kind())
                .isEqualTo(InvalidPersonalNumberException.Kind.FORMAT);
    }

    @Test
    void refusesAnEmptyNumber() {
        assertThatThrownBy(() -> PersonalNumber.parse("  ", TODAY))
                .hasMessage("Ange ett personnummer.");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String nine = "270101001";
        assertThatThrownBy(() -> PersonalNumber.parse("20" + nine + PersonalNumber.checkDigitFor(nine), TODAY))
                .extracting(e -> ((InvalidPersonalNumberException) e).kind())
                .isEqualTo(InvalidPersonalNumberException.Kind.FUTURE_DATE);
    }

    @Test
    void neverPrintsTheNumberByAccident() {
        assertThat(PersonalNumber.parse("19121212-1212", TODAY).toString()).doesNotContain("1212");
    }
}
