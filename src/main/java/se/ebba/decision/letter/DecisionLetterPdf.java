package se.ebba.decision.letter;

import se.ebba.shared.pdf.LetterDocument;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
 * Renders a {@link DecisionLetter} as an A4 PDF in plain Swedish.
 *
 * <p>All text is set in Liberation Sans (metrically equal to Helvetica/Arial), which OpenPDF ships, embedded
 * as a subset with Unicode encoding: so å, ä, ö, é and also names such as Łukasz or Şahin print as
 * written, which the standard Helvetica with WinAnsi encoding would silently drop. Bold is simulated by
 * OpenPDF. The metadata holds the case number and language only: never the recipient's name or address.
 */
public final class DecisionLetterPdf {

    // Part of the OpenPDF jar; DecisionLetterPdfTest fails if an upgrade moves it.
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final BaseFont BASE = loadFont();

    private static final Color GREY = new Color(0x66, 0x66, 0x66);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    private static final Color DRAFT_RED = new Color(0xB0, 0x00, 0x20);

    private static final Font BODY = new Font(BASE, 10.5f);
    private static final Font BOLD = new Font(BASE, 10.5f, Font.BOLD);
    private static final Font COLUMN = new Font(BASE, 9.5f, Font.BOLD);
    private static final Font SMALL = new Font(BASE, 8.5f, Font.NORMAL, GREY);
    private static final Font HEADING = new Font(BASE, 12.5f, Font.BOLD);
    private static final Font TITLE = new Font(BASE, 18f, Font.BOLD);
    private static final Font DRAFT = new Font(BASE, 14f, Font.BOLD, DRAFT_RED);

    static final String DRAFT_MARKER = "UTKAST – inte ett beslut";

    // Extra space comes from the leading (baseline to baseline) of the line below it, not from paragraph
    // spacing: OpenPDF writes that spacing as a space glyph, which text extraction can read into a
    // neighbouring line ("S kriv").
    private static final float HEADING_LEADING = 32;
    private static final float TITLE_LEADING = 48;
    /** A heading needs room for itself and a few lines below it, or it goes to the next page. */
    private static final float KEEP_WITH_NEXT = 80;

    private final Document doc;
    private final PdfWriter writer;

    private DecisionLetterPdf(Document doc, PdfWriter writer) {
        this.doc = doc;
        this.writer = writer;
    }

    /** The letter as the bytes of a PDF document. */
    public static byte[] render(DecisionLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = LetterDocument.a4();
        try {
            PdfWriter writer = LetterDocument.writer(document, out, "Beslut " + letter.caseNumber());
            document.setFooter(footer(letter));
            document.open();
            new DecisionLetterPdf(document, writer).body(letter);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render decision letter " + letter.caseNumber(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private void body(DecisionLetter letter) {
        if (letter.draft()) {
            doc.add(new Paragraph(DRAFT.getSize() * 1.35f, DRAFT_MARKER, DRAFT));
        }
        doc.add(header(letter));
        doc.add(recipient(letter));
        doc.add(new Paragraph(TITLE_LEADING, has(letter.subject()) ? letter.subject() : "Beslut", TITLE));

        section("Ansökan");
        text(letter.applicationText());

        section("Beslut");
        letter.statements().forEach(this::text);
        if (!letter.items().isEmpty()) {
            doc.add(items(letter.items()));
        }
        for (DecisionLetter.RefusedPart part : letter.refusedParts()) {
            text(part.statement());
            labelled("Skäl", part.reasons());
            labelled("Lagrum", part.legalReference());
        }

        if (letter.calculation() != null) {
            calculation(letter.calculation());
        }

        section("Skäl för beslutet");
        text(letter.reasons());

        if (letter.activity() != null) {
            DecisionLetter.Activity activity = letter.activity();
            section("Insats som inte fullföljts");
            labelled("Insats", activity.activity());
            labelled("Datum", activity.dates());
            labelled("Din förklaring", activity.explanation());
            labelled("Vår bedömning", activity.assessment());
        }

        if (!letter.legalBasis().isEmpty()) {
            section("Lagrum");
            letter.legalBasis().forEach(this::text);
        }

        section("Beslutsfattare");
        text(letter.deciderName());
        text(letter.deciderTitle());
        text(letter.delegationText());

        if (letter.againstApplicant()) {
            section("Hur du överklagar");
            // One paragraph, with a blank line between the instructions' paragraphs.
            text(String.join("\n\n", letter.appealInstructions()));
        }
    }

    /** Authority and unit on the left; case number and decision date on the right. */
    private static PdfPTable header(DecisionLetter letter) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        table.setSpacingAfter(28);
        PdfPCell sender = plainCell();
        sender.addElement(paragraph(letter.authority(), HEADING));
        sender.addElement(paragraph(letter.unitName(), BODY));
        for (String line : letter.senderLines()) {
            sender.addElement(paragraph(line, SMALL));
        }
        table.addCell(sender);

        PdfPCell reference = plainCell();
        reference.addElement(paragraph("Ärendenummer", SMALL));
        reference.addElement(paragraph(letter.caseNumber(), BODY));
        reference.addElement(paragraph("Beslutsdatum", SMALL));
        reference.addElement(paragraph(letter.decisionDate() == null ? ""
                : DateTimeFormatter.ISO_LOCAL_DATE.format(letter.decisionDate()), BODY));
        table.addCell(reference);
        return table;
    }

    /** Name and, unless the identity is protected (an empty list), the address. */
    private static Paragraph recipient(DecisionLetter letter) {
        Paragraph p = new Paragraph(BODY.getSize() * 1.35f);
        p.add(new Chunk(nullToEmpty(letter.recipientName()), BODY));
        for (String line : letter.recipientAddress()) {
            p.add(Chunk.NEWLINE);
            p.add(new Chunk(nullToEmpty(line), BODY));
        }
        return p;
    }

    private static PdfPTable items(List<DecisionLetter.Item> items) {
        PdfPTable table = table(new float[] {34, 22, 22, 22});
        table.addCell(shaded(cell("Vad du ansökte om", COLUMN, Element.ALIGN_LEFT)));
        table.addCell(shaded(cell("Belopp du ansökte om", COLUMN, Element.ALIGN_RIGHT)));
        table.addCell(shaded(cell("Beslut", COLUMN, Element.ALIGN_LEFT)));
        table.addCell(shaded(cell("Beviljat belopp", COLUMN, Element.ALIGN_RIGHT)));
        table.setHeaderRows(1); // repeated if the table runs onto another page
        for (DecisionLetter.Item item : items) {
            table.addCell(cell(item.description(), BODY, Element.ALIGN_LEFT));
            table.addCell(cell(kronor(item.applied()), BODY, Element.ALIGN_RIGHT));
            table.addCell(cell(item.outcome(), BODY, Element.ALIGN_LEFT));
            table.addCell(cell(kronor(item.granted()), BODY, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private void calculation(DecisionLetter.Calculation calc) {
        section("Beräkning");
        labelled("Månad", calc.month());
        text(calc.table());

        PdfPTable table = table(new float[] {75, 25});
        for (DecisionLetter.Line line : calc.lines()) {
            table.addCell(cell(line.text(), BODY, Element.ALIGN_LEFT));
            table.addCell(cell(kronor(line.amount()), BODY, Element.ALIGN_RIGHT));
        }
        total(table, "Behov", calc.need());
        total(table, "Inkomster som räknas", calc.countedIncome());
        total(table, "Resultat", calc.result());
        doc.add(table);

        for (String warning : calc.warnings()) {
            doc.add(paragraph(warning, BOLD));
        }
    }

    private static HeaderFooter footer(DecisionLetter letter) {
        String text = (letter.draft() ? DRAFT_MARKER + " · " : "") + "Beslut " + letter.caseNumber() + " · sida ";
        HeaderFooter footer = new HeaderFooter(new Phrase(text, SMALL), true);
        footer.setBorder(Rectangle.TOP);
        footer.setBorderColor(RULE);
        footer.setAlignment(Element.ALIGN_LEFT);
        return footer;
    }

    // --- building blocks ---

    private void section(String heading) {
        if (writer.getVerticalPosition(true) - doc.bottom() < KEEP_WITH_NEXT) {
            doc.newPage();
        }
        doc.add(new Paragraph(HEADING_LEADING, heading, HEADING));
    }

    /** A paragraph whose line breaks, blank lines included, are kept; nothing for blank text. */
    private void text(String text) {
        if (has(text)) {
            doc.add(paragraph(text, BODY));
        }
    }

    private void labelled(String label, String value) {
        if (has(value)) {
            Paragraph p = new Paragraph(BODY.getSize() * 1.35f);
            p.add(new Chunk(label + ": ", BOLD));
            p.add(new Chunk(normalise(value), BODY));
            doc.add(p);
        }
    }

    private static Paragraph paragraph(String text, Font font) {
        return new Paragraph(font.getSize() * 1.35f, normalise(nullToEmpty(text)), font);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        return table;
    }

    private static void total(PdfPTable table, String label, long amount) {
        table.addCell(shaded(cell(label, BOLD, Element.ALIGN_LEFT)));
        table.addCell(shaded(cell(kronor(amount), BOLD, Element.ALIGN_RIGHT)));
    }

    private static PdfPCell shaded(PdfPCell cell) {
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(font.getSize() * 1.3f, nullToEmpty(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** Whole kronor the Swedish way, e.g. "12 345 kr", with a plain space between thousands. */
    static String kronor(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', ' ') + " kr";
    }

    private static boolean has(String text) {
        return text != null && !text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static BaseFont loadFont() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font " + FONT + " is missing", e);
        }
    }
}
