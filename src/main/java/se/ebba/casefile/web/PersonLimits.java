package se.ebba.casefile.web;

/** The longest names and addresses a household registration accepts (forms and API alike). */
final class PersonLimits {

    static final int PERSONAL_NUMBER = 13;
    static final int NAME = 100;
    static final int ADDRESS = 200;
    static final int POSTAL_CODE = 10;
    static final String SHORT = "Högst 40 tecken.";
    static final String PERSONAL_NUMBER_MESSAGE = "Personnumret skrivs med högst 13 tecken (ÅÅÅÅMMDD-NNNN).";
    static final String NAME_MESSAGE = "Högst 100 tecken.";
    static final String ADDRESS_MESSAGE = "Adressen får vara högst 200 tecken.";
    static final String POSTAL_CODE_MESSAGE = "Postnumret får vara högst 10 tecken.";

    private PersonLimits() {
    }
}
