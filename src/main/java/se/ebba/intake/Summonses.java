package se.ebba.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.PersonView;
import se.ebba.identity.ProtectedMail;
import se.ebba.identity.UnitContact;
import se.ebba.identity.UserView;
import se.ebba.identity.domain.UserId;
import se.ebba.intake.domain.FirstMeeting;
import se.ebba.intake.domain.MeetingOutcome;
import se.ebba.intake.domain.MeetingOutcomeKind;
import se.ebba.intake.domain.Recorded;
import se.ebba.intake.domain.Summons;
import se.ebba.intake.domain.SummonsId;
import se.ebba.intake.internal.SummonsStore;
import se.ebba.shared.InvalidInputException;

/**
 * The summons (kallelse) and the first meeting (nybesök): book a time and place with a named
 * investigator of the unit, print the letter with the documents to bring (from the application
 * checklist), and record whether the meeting was held. Publishes {@link SummonsSent} and
 * {@link FirstMeetingHeld}.
 */
@Service
public class Summonses {

    private final SummonsStore store;
    private final ApplicationChecklists checklists;
    private final CaseFiles caseFiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Summonses(SummonsStore store, ApplicationChecklists checklists, CaseFiles caseFiles, ApplicationEventPublisher events,
              Clock clock) {
        this.store = store;
        this.checklists = checklists;
        this.caseFiles = caseFiles;
        this.events = events;
        this.clock = clock;
    }

    /** The page: the bookings and their outcomes, who can be booked, and what the letter will ask for. */
    public record FirstMeetingPage(CaseRef caseRef, FirstMeeting firstMeeting, List<UserView> investigators, List<String> toBring,
                                   LocalDate today) {
    }

    /** A time, a place and an investigator (a user of the unit who owns cases). */
    public record NewBooking(LocalDateTime meetingAt, String place, UserId investigator) {
    }

    public FirstMeetingPage page(CaseId caseId, CurrentUser user) {
        CaseRef ref = caseFiles.openForReading(caseId, user, AccessAction.VIEW_FIRST_MEETING, "Kallelse och första besök");
        return new FirstMeetingPage(ref, new FirstMeeting(caseId, store.ofCase(caseId)), caseFiles.caseworkersOf(ref.unit()),
                checklists.checklistOf(caseId).toBring(), LocalDate.now(clock));
    }

    /** Books the first meeting (or a new time after a cancelled or missed one); the summons counts as sent today. */
    @Transactional
    public Summons book(CaseId caseId, NewBooking booking, CurrentUser user) {
        CaseRef ref = caseFiles.openForChange(caseId, user, AccessAction.BOOK_FIRST_MEETING, "Första besök bokat");
        Optional<UserView> investigator = booking.investigator() == null ? Optional.empty()
                : caseFiles.caseworkersOf(ref.unit()).stream().filter(u -> u.id().equals(booking.investigator())).findFirst();
        if (booking.investigator() != null && investigator.isEmpty()) {
            throw new InvalidInputException("investigator", "Välj en utredare på enheten.");
        }
        Summons summons = new FirstMeeting(caseId, store.ofCase(caseId)).book(new Summons.Booking(booking.meetingAt(), booking.place(),
                booking.investigator(), investigator.map(UserView::displayName).orElse(null)), LocalDate.now(clock), recorded(user));
        store.add(summons);
        events.publishEvent(new SummonsSent(caseId, summons.sentOn(), summons.meetingOn()));
        return summons;
    }

    /** Records that the booked meeting was held, cancelled or not attended; a held meeting publishes {@link FirstMeetingHeld}. */
    @Transactional
    public MeetingOutcome recordOutcome(CaseId caseId, SummonsId summons, MeetingOutcomeKind kind, LocalDate on, String note,
                                        CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.RECORD_FIRST_MEETING, "Första besöket: utfall registrerat");
        MeetingOutcome outcome = new FirstMeeting(caseId, store.ofCase(caseId)).record(summons, kind, on, note, LocalDate.now(clock),
                recorded(user));
        store.add(outcome);
        if (outcome.held()) {
            events.publishEvent(new FirstMeetingHeld(caseId, outcome.occurredOn()));
        }
        return outcome;
    }

    /** The summons letter as PDF; logged as a download only when the booking is found in the case. */
    public byte[] letterPdf(CaseId caseId, SummonsId summonsId, CurrentUser user) {
        CaseFiles.CasePart<Summons> opened = caseFiles.openPart(caseId, user, AccessAction.DOWNLOAD_SUMMONS, SubjectType.CASE,
                details -> store.ofCase(caseId).stream().filter(s -> s.id().equals(summonsId)).findFirst(), s -> caseId.value());
        return SummonsLetterPdf.render(letter(opened.caseDetails(), opened.part()));
    }

    SummonsLetter letter(CaseDetails details, Summons summons) {
        PersonView applicant = details.applicant().person();
        List<String> address = recipientLines(applicant);
        UnitContact contact = details.unit().contact();
        return new SummonsLetter("Socialnämnden", details.unit().name(), details.number().value(), summons.sentOn(), applicant.fullName(),
                address, applicant.protectedIdentity(), summons.meetingAt(), summons.place(), summons.investigatorName(),
                checklists.checklistOf(details.id()).toBring(), contact.senderLines(), contact.phone(), summons.replacedBooking().isPresent());
    }

    /** A protected address never appears in a letter, whoever prints it (OSL 21 kap. 3 §): Skatteverket forwards it. */
    static List<String> recipientLines(PersonView applicant) {
        if (applicant.protectedIdentity()) {
            return ProtectedMail.RECIPIENT_LINES;
        }
        return applicant.address() == null || applicant.address().isBlank() ? List.of() : Arrays.asList(applicant.address().split(", "));
    }

    private Recorded recorded(CurrentUser user) {
        return new Recorded(user.id(), user.displayName(), clock.instant());
    }
}
