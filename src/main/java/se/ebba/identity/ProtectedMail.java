package se.ebba.identity;

import java.util.List;

/**
 * Mail to a person with skyddade personuppgifter (skyddad folkbokföring or sekretessmarkering) is
 * never addressed to where they live: Skatteverket forwards it. The letter goes in a sealed inner
 * envelope marked with the recipient's personnummer and the sender's address on the back, inside an
 * outer envelope to Skatteverket's forwarding address. Every letter Ebba prints (decisions, summonses)
 * takes the recipient lines from here.
 *
 * <p>Source: skatteverket.se, "Skicka post till någon med skyddade personuppgifter" (in English
 * "Sending mail to someone with protected identity"), read 2026-11. The address is not in the
 * project's domain documents: check it against Skatteverket before production use.
 */
public final class ProtectedMail {

    /** What a letter prints instead of an address. */
    public static final List<String> RECIPIENT_LINES = List.of(
            "Förmedlas av Skatteverket (skyddade personuppgifter)",
            "Skatteverket",
            "Box 2820",
            "403 20 Göteborg");

    /** What the person who mails the letter must do (shown to staff, not printed in the letter). */
    public static final String HOW_TO_SEND = "Mottagaren har skyddade personuppgifter. Lägg brevet i ett förslutet kuvert, skriv "
            + "mottagarens personnummer på det och enhetens adress på baksidan, och skicka det i ett ytterkuvert till "
            + "Skatteverket, Box 2820, 403 20 Göteborg. Skriv aldrig någon adress till mottagaren.";

    private ProtectedMail() {
    }
}
