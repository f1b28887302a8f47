package se.ebba.payment.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official ISO 20022 schema of pain.001.001.03 (shipped unmodified in
 * {@code src/main/resources/payment/pain.001.001.03.xsd}; its origin is in docs/payment-runs.md).
 * Every file is checked against it before it is stored: a file the bank would refuse is never made.
 */
public final class Pain001Schema {

    static final String RESOURCE = "/payment/pain.001.001.03.xsd";
    private static final Schema SCHEMA = load();

    private Pain001Schema() {
    }

    /** The schema's complaints about the file; empty when it is valid. */
    public static List<String> problems(byte[] file) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(file)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema load() {
        try (InputStream xsd = Pain001Schema.class.getResourceAsStream(RESOURCE)) {
            if (xsd == null) {
                throw new IllegalStateException("The pain.001.001.03 schema is missing from the classpath");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("The pain.001.001.03 schema cannot be read", e);
        }
    }
}
