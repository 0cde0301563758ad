package org.stroma.exchange.odm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The XML Schemas of an ODM file, loaded from this bundle so that validation never needs the
 * network: CDISC's ODM 1.3.2 schema set as published (folder {@code schema/odm-1.3.2}) and the
 * Stroma extension that redefines its extension points ({@code schema/stroma-odm-extension.xsd}).
 *
 * @since 0.1
 */
public final class OdmSchemas {

    /** The schema folder inside the bundle. */
    static final String FOLDER = "/schema/";
    /** A private scheme, so that every schema document is found by {@link BundledSchemas} or not at all. */
    static final String BASE = "stroma-schema:" + FOLDER;

    private static volatile Schema stroma;
    private static volatile Schema odm;

    private OdmSchemas() {
    }

    /** ODM 1.3.2 with the Stroma extension: what files written by {@link OdmExport} validate against. */
    public static Schema stromaOdm() {
        Schema schema = stroma;
        if (schema == null) {
            schema = stroma = load("stroma-odm-extension.xsd");
        }
        return schema;
    }

    /** CDISC ODM 1.3.2 alone, for files without vendor extensions. */
    public static Schema plainOdm() {
        Schema schema = odm;
        if (schema == null) {
            schema = odm = load("odm-1.3.2/ODM1-3-2.xsd");
        }
        return schema;
    }

    /**
     * Checks that {@code xml} is well-formed and valid against {@code schema}. A document type
     * declaration is refused, so no entity of the file is ever expanded or fetched.
     *
     * @throws OdmFileException naming the line, column and what is wrong at the first problem
     */
    public static void validate(byte[] xml, Schema schema) {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the Java runtime's schema validator cannot be kept offline", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings do not make a file invalid.
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            validator.validate(new SAXSource(reader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException e) {
            String problem = e.getMessage() != null && e.getMessage().startsWith("DOCTYPE is disallowed")
                    ? "a document type declaration (DOCTYPE) is not allowed in an ODM file" : e.getMessage();
            throw new OdmFileException(e.getLineNumber(), e.getColumnNumber(), problem);
        } catch (SAXException e) {
            throw new OdmFileException(1, 1, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XMLReader reader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the Java runtime's XML parser cannot be configured safely", e);
        }
    }

    private static Schema load(String file) {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setResourceResolver(new BundledSchemas());
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(open(BASE + file), BASE + file));
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled schema " + file + " does not load: " + e.getMessage(), e);
        }
    }

    /** Opens a schema document of this bundle by its {@link #BASE} URI. */
    static InputStream open(String systemId) {
        String path = URI.create(systemId).getPath();
        InputStream in = OdmSchemas.class.getResourceAsStream(path);
        if (!systemId.startsWith(BASE) || in == null) {
            throw new IllegalStateException("schema document " + systemId + " is not part of the bundle");
        }
        return in;
    }
}
