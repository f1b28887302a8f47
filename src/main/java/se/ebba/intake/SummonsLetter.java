package se.ebba.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything a summons (kallelse) to the first meeting says, in plain Swedish. For an applicant with a
 * protected identity the recipient lines are Skatteverket's forwarding route
 * ({@link se.ebba.identity.ProtectedMail}), never an address.
 *
 * @param senderLines how to reach the unit: postal address lines, phone, contact person
 * @param toBring     the documents to bring, from the application checklist
 * @param rebooked    the meeting replaces an earlier time that was cancelled or missed
 */
public record SummonsLetter(String authority, String unitName, String caseNumber, LocalDate sentOn, String recipientName,
                            List<String> recipientAddress, boolean protectedRecipient, LocalDateTime meetingAt, String place,
                            String investigatorName, List<String> toBring, List<String> senderLines, String phone, boolean rebooked) {

    public SummonsLetter {
        recipientAddress = List.copyOf(recipientAddress);
        toBring = List.copyOf(toBring);
        senderLines = List.copyOf(senderLines);
    }
}
