package se.ebba.shared.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import java.io.OutputStream;

/** The page and metadata every letter Ebba prints shares: A4 with its margins, a title readers show, Swedish as language (screen readers). */
public final class LetterDocument {

    private LetterDocument() {
    }

    public static Document a4() {
        return new Document(PageSize.A4, 56, 56, 56, 56);
    }

    /** Attaches a writer to the document with the title and language set; the caller adds its footer, then opens it. */
    public static PdfWriter writer(Document document, OutputStream out, String title) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
        document.addTitle(title);
        document.addCreator("Ebba");
        return writer;
    }
}
