package se.ebba.decision.letter;

import java.util.List;

/**
 * Mail to a person with skyddade personuppgifter (skyddad folkbokföring or sekretessmarkering) is
 * never addressed to where they live: Skatteverket forwards it. The letter goes in a sealed inner
 * envelope marked with the recipient's personnummer and the sender's address on the back, inside an
 * outer envelope to Skatteverket's forwarding address.
 *
 * <p>Source: skatteverket.se, "Skicka post till någon med skyddade personuppgifter" (in English
 * "Sending mail to someone with protected identity"), read 2026-11. The address is not in the
 * project's domain documents: check it against Skatteverket before production use.
 */
public final class ProtectedMail {

    /** What the letter prints instead of an address. */
    public static final List<String> RECIPIENT_LINES = se.ebba.identity.ProtectedMail.RECIPIENT_LINES;

    /** What the person who mails the letter must do (shown to staff, not printed in the letter). */
    public static final String HOW_TO_SEND = se.ebba.identity.ProtectedMail.HOW_TO_SEND;

    private ProtectedMail() {
    }
}
