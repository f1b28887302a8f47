package se.ebba.intake;

import se.ebba.shared.pdf.LetterDocument;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a {@link SummonsLetter} as an A4 PDF, set like the decision letters (Liberation Sans from
 * the OpenPDF jar, embedded with Unicode encoding, so every name prints as written). The metadata
 * holds the case number and language only, never the recipient's name or address.
 */
final class SummonsLetterPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final BaseFont BASE = loadFont();
    private static final Color GREY = new Color(0x66, 0x66, 0x66);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);

    private static final Font BODY = new Font(BASE, 10.5f);
    private static final Font BOLD = new Font(BASE, 10.5f, Font.BOLD);
    private static final Font SMALL = new Font(BASE, 8.5f, Font.NORMAL, GREY);
    private static final Font HEADING = new Font(BASE, 12.5f, Font.BOLD);
    private static final Font TITLE = new Font(BASE, 18f, Font.BOLD);

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", SWEDISH);

    private final Document doc;

    private SummonsLetterPdf(Document doc) {
        this.doc = doc;
    }

    static byte[] render(SummonsLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document document = LetterDocument.a4();
        try {
            PdfWriter writer = LetterDocument.writer(document, out, "Kallelse " + letter.caseNumber());
            HeaderFooter footer = new HeaderFooter(new Phrase("Kallelse " + letter.caseNumber() + " · sida ", SMALL), true);
            footer.setBorder(Rectangle.TOP);
            footer.setBorderColor(RULE);
            footer.setAlignment(Element.ALIGN_LEFT);
            document.setFooter(footer);
            document.open();
            new SummonsLetterPdf(document).body(letter);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render summons " + letter.caseNumber(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** "tisdag 1 december 2026 kl. 10.00" */
    static String when(java.time.LocalDateTime at) {
        return DAY.format(at) + " kl. " + TIME.format(at);
    }

    private void body(SummonsLetter letter) {
        doc.add(header(letter));
        Paragraph recipient = new Paragraph(BODY.getSize() * 1.35f);
        recipient.add(new Chunk(letter.recipientName(), BODY));
        for (String line : letter.recipientAddress()) {
            recipient.add(Chunk.NEWLINE);
            recipient.add(new Chunk(line, BODY));
        }
        doc.add(recipient);
        doc.add(new Paragraph(48, "Kallelse till besök", TITLE));
        text(letter.rebooked()
                ? "Du har fått en ny tid för ditt första besök hos oss. Den tid du hade tidigare gäller inte längre."
                : "Du har ansökt om ekonomiskt bistånd. Vi vill träffa dig för ett första besök där vi går igenom din ansökan "
                  + "och planerar utredningen tillsammans med dig.");

        section("Tid och plats");
        labelled("Tid", when(letter.meetingAt()));
        labelled("Plats", letter.place());
        labelled("Du träffar", letter.investigatorName());

        section("Ta med dig");
        if (letter.toBring().isEmpty()) {
            text("Legitimation. Vi har fått de handlingar vi behöver just nu.");
        } else {
            text("Ta med dig dessa handlingar till besöket. Om något saknas kan vi inte pröva din ansökan fullt ut.");
            for (String item : letter.toBring()) {
                Paragraph p = new Paragraph(BODY.getSize() * 1.35f);
                p.setIndentationLeft(12);
                p.add(new Chunk("– " + item, BODY));
                doc.add(p);
            }
        }

        section("Om du inte kan komma");
        text(letter.phone() == null
                ? "Kontakta oss så snart du kan så bokar vi en ny tid."
                : "Ring oss på " + letter.phone() + " så snart du kan så bokar vi en ny tid.");
        text("Säg till om du behöver tolk, så bokar vi en till besöket.");
    }

    private static PdfPTable header(SummonsLetter letter) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        table.setSpacingAfter(28);
        PdfPCell sender = plainCell();
        sender.addElement(paragraph(letter.authority(), HEADING));
        sender.addElement(paragraph(letter.unitName(), BODY));
        letter.senderLines().forEach(line -> sender.addElement(paragraph(line, SMALL)));
        table.addCell(sender);
        PdfPCell reference = plainCell();
        reference.addElement(paragraph("Ärendenummer", SMALL));
        reference.addElement(paragraph(letter.caseNumber(), BODY));
        reference.addElement(paragraph("Datum", SMALL));
        reference.addElement(paragraph(letter.sentOn().toString(), BODY));
        table.addCell(reference);
        return table;
    }

    private void section(String heading) {
        doc.add(new Paragraph(32, heading, HEADING));
    }

    private void text(String text) {
        doc.add(paragraph(text, BODY));
    }

    private void labelled(String label, String value) {
        Paragraph p = new Paragraph(BODY.getSize() * 1.35f);
        p.add(new Chunk(label + ": ", BOLD));
        p.add(new Chunk(value == null ? "" : value, BODY));
        doc.add(p);
    }

    private static Paragraph paragraph(String text, Font font) {
        return new Paragraph(font.getSize() * 1.35f, text == null ? "" : text, font);
    }

    private static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static BaseFont loadFont() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font " + FONT + " is missing", e);
        }
    }
}
