package se.ebba.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ebba.payment.domain.PaymentRunFixtures.DATE;
import static se.ebba.payment.domain.PaymentRunFixtures.OTHER_UNIT;
import static se.ebba.payment.domain.PaymentRunFixtures.UNIT;
import static se.ebba.payment.domain.PaymentRunFixtures.debtor;
import static se.ebba.payment.domain.PaymentRunFixtures.document;
import static se.ebba.payment.domain.PaymentRunFixtures.toBankAccount;
import static se.ebba.payment.domain.PaymentRunFixtures.toBankgiro;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class Pain001DocumentTest {

    @Test
    void theGroupHeaderCountsEveryTransferAndAddsUpTheirAmounts() throws Exception {
        Document xml = parse(Pain001Writer.write(PaymentRunFixtures.rentAndLivingCosts()));

        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/NbOfTxs")).isEqualTo("2");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/CtrlSum")).isEqualTo("14400.00");
        assertThat(texts(xml, "//CdtTrfTxInf/Amt/InstdAmt")).containsExactly("7430.00", "6970.00");
        assertThat(text(xml, "//CdtTrfTxInf[1]/Amt/InstdAmt/@Ccy")).isEqualTo("SEK");
        assertThat(text(xml, "//PmtInf/ReqdExctnDt")).isEqualTo(DATE.toString());
    }

    @Test
    void aBankAccountIsWrittenAsItsBbanWithTheClearingNumberAndABankgiroWithTheBankgiroScheme() throws Exception {
        Document xml = parse(Pain001Writer.write(PaymentRunFixtures.rentAndLivingCosts()));

        assertThat(text(xml, "//CdtTrfTxInf[1]/CdtrAcct/Id/Othr/Id")).isEqualTo("8327912345674");
        assertThat(text(xml, "//CdtTrfTxInf[1]/CdtrAcct/Id/Othr/SchmeNm/Cd")).isEqualTo("BBAN");
        assertThat(text(xml, "//CdtTrfTxInf[1]/CdtrAgt/FinInstnId/ClrSysMmbId/ClrSysId/Cd")).isEqualTo("SESBA");
        assertThat(text(xml, "//CdtTrfTxInf[1]/CdtrAgt/FinInstnId/ClrSysMmbId/MmbId")).isEqualTo("8327");
        assertThat(text(xml, "//CdtTrfTxInf[2]/CdtrAcct/Id/Othr/Id")).isEqualTo("9991241");
        assertThat(text(xml, "//CdtTrfTxInf[2]/CdtrAcct/Id/Othr/SchmeNm/Prtry")).isEqualTo("BGNR");
        assertThat(text(xml, "//CdtTrfTxInf[2]/CdtrAgt/FinInstnId/ClrSysMmbId/MmbId")).isEqualTo("9900");
        assertThat(text(xml, "//PmtInf/DbtrAcct/Id/Othr/Id")).isEqualTo("9991233");
        assertThat(text(xml, "//PmtInf/DbtrAcct/Id/Othr/SchmeNm/Prtry")).isEqualTo("BGNR");
    }

    @Test
    void theRemittanceTextAndEndToEndIdAreThePaymentsRandomReferenceOnly() throws Exception {
        Document xml = parse(Pain001Writer.write(PaymentRunFixtures.rentAndLivingCosts()));

        assertThat(texts(xml, "//CdtTrfTxInf/RmtInf/Ustrd")).containsExactly("K7P2M9QX4R", "T3N8V6WZ2H");
        assertThat(texts(xml, "//CdtTrfTxInf/PmtId/EndToEndId")).containsExactly("K7P2M9QX4R", "T3N8V6WZ2H");
        assertThat(texts(xml, "//CdtTrfTxInf/Cdtr/Nm")).containsExactly("Tindra Andersson", "Bostadsbolaget Demo AB");
    }

    @Test
    void eachUnitIsPaidFromItsOwnDebtorAccountInItsOwnBlockWithItsOwnControlSum() throws Exception {
        Pain001Document file = document(List.of(toBankAccount(UNIT, 100, "A Demo", "AAAAAAAA1"), toBankgiro(OTHER_UNIT, 250, "B Demo", "BBBBBBBB2"),
                toBankAccount(UNIT, 50, "C Demo", "CCCCCCCC3")), Map.of(UNIT, debtor(UNIT, "Ebba demokommun"), OTHER_UNIT, debtor(OTHER_UNIT, "Ebba demokommun")));
        Document xml = parse(Pain001Writer.write(file));

        assertThat(file.controlSum()).isEqualByComparingTo(new BigDecimal("400"));
        assertThat(file.batches()).hasSize(2);
        assertThat(texts(xml, "//PmtInf/CtrlSum")).containsExactlyInAnyOrder("150.00", "250.00");
        assertThat(texts(xml, "//PmtInf/NbOfTxs")).containsExactlyInAnyOrder("2", "1");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/CtrlSum")).isEqualTo("400.00");
    }

    @Test
    void theFileNameNamesTheDateAndTheRandomMessageIdOnly() {
        Pain001Document file = PaymentRunFixtures.rentAndLivingCosts();
        PaymentRun run = new PaymentRun(PaymentRunId.random(), java.util.Set.of(UNIT), DATE, file.messageId(), 2, 14_400,
                java.util.UUID.randomUUID(), "Peter Kassa", PaymentRunFixtures.AT);

        assertThat(run.fileName()).isEqualTo("pain001-2026-11-25-" + file.messageId() + ".xml").doesNotContain("Andersson");
    }

    static Document parse(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    static String text(Document xml, String path) throws Exception {
        return xpath().evaluate(path, xml);
    }

    static List<String> texts(Document xml, String path) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(path, xml, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }
}
