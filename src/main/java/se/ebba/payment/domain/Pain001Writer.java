package se.ebba.payment.domain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Pain001Document} as ISO 20022 pain.001.001.03 XML (UTF-8) with the JDK's StAX
 * writer: it streams, escapes every text and attribute, and needs no library or generated classes;
 * the elements come in the schema's order, and {@link Pain001Schema} checks the result against the
 * official XSD. Swedish domestic transfers as Swedish banks read them (Swedish Common Interpretation
 * of ISO 20022): a bank account as {@code Othr/Id} = BBAN with scheme code {@code BBAN}, a bankgiro
 * number with the proprietary scheme {@code BGNR}, the recipient's bank by its clearing number in
 * {@code SESBA} (9900 for a bankgiro).
 */
public final class Pain001Writer {

    private static final java.time.format.DateTimeFormatter CREATED = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Pain001Writer() {
    }

    public static byte[] write(Pain001Document file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            groupHeader(xml, file);
            for (Pain001Document.Batch batch : file.batches()) {
                paymentInformation(xml, file, batch);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the payment file", e);
        }
        return out.toByteArray();
    }

    private static void groupHeader(XMLStreamWriter xml, Pain001Document file) throws XMLStreamException {
        xml.writeStartElement("GrpHdr");
        text(xml, "MsgId", file.messageId());
        // ISODateTime needs the seconds: LocalDateTime.toString() leaves them out when they are zero
        text(xml, "CreDtTm", CREATED.format(file.createdAt()));
        text(xml, "NbOfTxs", Integer.toString(file.numberOfTransactions()));
        text(xml, "CtrlSum", Pain001Document.amountText(file.controlSum()));
        party(xml, "InitgPty", file.initiatingParty());
        xml.writeEndElement();
    }

    private static void paymentInformation(XMLStreamWriter xml, Pain001Document file, Pain001Document.Batch batch) throws XMLStreamException {
        xml.writeStartElement("PmtInf");
        text(xml, "PmtInfId", batch.id());
        text(xml, "PmtMtd", "TRF");
        text(xml, "NbOfTxs", Integer.toString(batch.transfers().size()));
        text(xml, "CtrlSum", Pain001Document.amountText(batch.controlSum()));
        xml.writeStartElement("PmtTpInf");
        xml.writeStartElement("SvcLvl");
        // Bankgiro and account transfers in Sweden are non-urgent payments
        text(xml, "Cd", "NURG");
        xml.writeEndElement();
        xml.writeEndElement();
        text(xml, "ReqdExctnDt", file.executionDate().toString());
        party(xml, "Dbtr", batch.debtor());
        account(xml, "DbtrAcct", batch.debtor().account(), true);
        xml.writeStartElement("DbtrAgt");
        xml.writeStartElement("FinInstnId");
        text(xml, "BIC", batch.debtor().bic());
        xml.writeEndElement();
        xml.writeEndElement();
        for (Pain001Document.Transfer t : batch.transfers()) {
            transfer(xml, t);
        }
        xml.writeEndElement();
    }

    private static void transfer(XMLStreamWriter xml, Pain001Document.Transfer t) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "InstrId", t.reference());
        text(xml, "EndToEndId", t.reference());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "SEK");
        xml.writeCharacters(Pain001Document.amountText(BigDecimal.valueOf(t.amount())));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("CdtrAgt");
        xml.writeStartElement("FinInstnId");
        xml.writeStartElement("ClrSysMmbId");
        xml.writeStartElement("ClrSysId");
        text(xml, "Cd", "SESBA");
        xml.writeEndElement();
        text(xml, "MmbId", t.account().clearingMember());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Cdtr");
        text(xml, "Nm", t.creditorName());
        xml.writeEndElement();
        account(xml, "CdtrAcct", t.account(), false);
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", t.remittanceText());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void party(XMLStreamWriter xml, String element, PaymentRunDebtor debtor) throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "Nm", debtor.name());
        xml.writeStartElement("Id");
        xml.writeStartElement("OrgId");
        xml.writeStartElement("Othr");
        text(xml, "Id", debtor.organisationNumber());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, PainAccount account, boolean currency) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        xml.writeStartElement("Othr");
        text(xml, "Id", account.fileId());
        xml.writeStartElement("SchmeNm");
        if (account.kind() == PainAccount.Kind.BANKGIRO) {
            text(xml, "Prtry", "BGNR");
        } else {
            text(xml, "Cd", "BBAN");
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        if (currency) {
            text(xml, "Ccy", "SEK");
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** For tests and the schema check: the file as text. */
    public static String asText(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }
}
