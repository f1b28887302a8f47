package se.ebba.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.ebba.payment.domain.PaymentAccount.BankAccount;
import se.ebba.payment.domain.PaymentAccount.Bankgiro;
import se.ebba.shared.InvalidInputException;

class PaymentAccountTest {

    static BankAccount account(String clearing, String number) {
        return BankAccount.of(clearing, number, "clearingNumber", "accountNumber");
    }

    static String fieldOf(Throwable e) {
        return ((InvalidInputException) e).errors().getFirst().field();
    }

    @Test
    void aType1AccountOfComment1IsCheckedOverTheLastThreeDigitsOfTheClearingNumberAndTheAccount() {
        BankAccount seb = account("5001", "1234563");
        assertThat(seb.bank()).isEqualTo("SEB");
        assertThat(seb.type()).isEqualTo(1);
        assertThat(account("7000", "1234560").bank()).isEqualTo("Swedbank");
        assertThat(account("3000", "6543219").bank()).isEqualTo("Nordea");
    }

    @Test
    void aType1AccountOfComment2IsCheckedOverTheWholeClearingNumberAndTheAccount() {
        assertThat(account("4000", "1234567").bank()).isEqualTo("Nordea");
        // the same digits fail under comment 1's rule: the series decides which rule applies
        assertThatThrownBy(() -> account("3000", "1234567")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kontrollsiffran för Nordea");
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheAccountNumberField() {
        assertThatThrownBy(() -> account("5001", "1234564"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("accountNumber"))
                .hasMessageContaining("stämmer inte med kontrollsiffran för SEB");
    }

    @Test
    void aType1AccountMustHaveSevenDigits() {
        assertThatThrownBy(() -> account("5001", "123456"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ska ha 7 siffror");
    }

    @Test
    void handelsbankensNineDigitAccountsAreCheckedByModulus11WithoutTheClearingNumber() {
        BankAccount shb = account("6000", "123456789");
        assertThat(shb.bank()).isEqualTo("Handelsbanken");
        assertThat(shb.type()).isEqualTo(2);
        assertThat(account("6789", "876543212").bank()).isEqualTo("Handelsbanken");
        assertThatThrownBy(() -> account("6000", "123456788")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void swedbanksFiveDigitClearingNumbersAndTheirAccountsAreCheckedByModulus10() {
        BankAccount swedbank = account("8327-9", "123 456 789-7");
        assertThat(swedbank.clearingNumber()).isEqualTo("83279");
        assertThat(swedbank.accountNumber()).isEqualTo("1234567897");
        assertThat(swedbank.type()).isEqualTo(2);
        assertThat(swedbank.display()).isEqualTo("Swedbank, 8327-9, 1234567897");
        assertThatThrownBy(() -> account("8327-9", "1234567898")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("accountNumber"));
    }

    @Test
    void aFifthClearingDigitThatIsNotItsCheckDigitIsRefusedNamingTheClearingNumber() {
        assertThatThrownBy(() -> account("83278", "1234567897"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("clearingNumber"))
                .hasMessageContaining("femte siffran");
        assertThatThrownBy(() -> account("50011", "1234563"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("bara Swedbank-konton");
    }

    @Test
    void aClearingNumberOfNoBankIsRefused() {
        assertThatThrownBy(() -> account("0999", "1234563"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("clearingNumber"))
                .hasMessageContaining("hör inte till någon svensk bank");
        assertThatThrownBy(() -> account("9990", "1234563")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void missingAndNonNumericInputNamesEveryFieldAtOnce() {
        assertThatThrownBy(() -> account("", "12a"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("clearingNumber", "accountNumber"));
    }

    @Test
    void theSeriesAreTakenFromBankgirotsTable() {
        assertThat(SwedishBanks.of(3300).orElseThrow().type()).isEqualTo(2);
        assertThat(SwedishBanks.of(3301).orElseThrow().bank()).isEqualTo("Nordea");
        assertThat(SwedishBanks.of(3405).orElseThrow().bank()).isEqualTo("Länsförsäkringar Bank");
        assertThat(SwedishBanks.of(9275).orElseThrow().bank()).isEqualTo("ICA Banken");
        assertThat(SwedishBanks.of(9550).orElseThrow().comment()).isEqualTo(2);
        assertThat(SwedishBanks.of(1000)).isEmpty();
        // no two series overlap
        for (int clearing = 1000; clearing <= 9999; clearing++) {
            int c = clearing;
            assertThat(SwedishBanks.SERIES.stream().filter(s -> s.contains(c)).count()).as("series of %d", c).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aBankgiroNumberHasSevenOrEightDigitsWithAModulus10CheckDigit() {
        assertThat(Bankgiro.of("5050-1055", "bankgiro").accountNumber()).isEqualTo("50501055");
        assertThat(Bankgiro.of("991-2346", "bankgiro").display()).isEqualTo("Bankgiro 991-2346");
        assertThatThrownBy(() -> Bankgiro.of("5050-1056", "bankgiro")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("bankgiro")).hasMessageContaining("kontrollsiffra");
        assertThatThrownBy(() -> Bankgiro.of("123456", "bankgiro")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sju eller åtta siffror");
        assertThatThrownBy(() -> Bankgiro.of("", "bankgiro")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Ange bankgironummer.");
    }

    @Test
    void aStoredAccountIsReadBackAsTheSameValue() {
        assertThat(PaymentAccount.stored("BANK_ACCOUNT", "83279", "1234567897")).isEqualTo(account("83279", "1234567897"));
        assertThat(PaymentAccount.stored("BANKGIRO", null, "50501055")).isEqualTo(Bankgiro.of("50501055", "bankgiro"));
    }
}
