package org.stroma.exchange.odm;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element of a validated ODM file, with where it starts in the file, so that every problem
 * found while reading the study can name its line and column.
 *
 * @param attributes plain attributes by name, namespaced ones as {@code {uri}name}
 */
record XmlElement(String namespace, String name, Map<String, String> attributes, List<XmlElement> children,
        StringBuilder text, int line, int column) {

    /** Reads a whole document; the caller has validated it, so it is well-formed. */
    static XmlElement parse(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            String uri = reader.getAttributeNamespace(i);
                            String key = uri == null || uri.isEmpty() ? reader.getAttributeLocalName(i)
                                    : "{" + uri + "}" + reader.getAttributeLocalName(i);
                            attributes.put(key, reader.getAttributeValue(i));
                        }
                        XmlElement element = new XmlElement(reader.getNamespaceURI(), reader.getLocalName(), attributes,
                                new ArrayList<>(), new StringBuilder(), reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children().add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text().append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> {
                        // Comments and processing instructions carry no study data.
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNumber();
            throw new OdmFileException(line, column, e.getMessage());
        }
        return root;
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** An attribute in the Stroma namespace. */
    String stroma(String attributeName) {
        return attributes.get("{" + OdmNames.STROMA + "}" + attributeName);
    }

    /** Attributes in the given namespace (null for plain ones), by local name. */
    Map<String, String> attributesIn(String uri) {
        Map<String, String> found = new LinkedHashMap<>();
        String prefix = uri == null ? null : "{" + uri + "}";
        attributes.forEach((key, value) -> {
            if (prefix == null ? !key.startsWith("{") : key.startsWith(prefix)) {
                found.put(prefix == null ? key : key.substring(prefix.length()), value);
            }
        });
        return found;
    }

    /** The ODM children with this name, in document order. */
    List<XmlElement> children(String childName) {
        return childrenIn(OdmNames.ODM, childName);
    }

    /** Every child in a namespace, in document order. */
    List<XmlElement> childrenIn(String uri) {
        return children.stream().filter(c -> uri.equals(c.namespace())).toList();
    }

    List<XmlElement> childrenIn(String uri, String childName) {
        return children.stream().filter(c -> uri.equals(c.namespace()) && childName.equals(c.name())).toList();
    }

    /** The first ODM child with this name, or null. */
    XmlElement child(String childName) {
        List<XmlElement> found = children(childName);
        return found.isEmpty() ? null : found.get(0);
    }

    XmlElement stromaChild(String childName) {
        List<XmlElement> found = childrenIn(OdmNames.STROMA, childName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The text of a child such as {@code DateTimeStamp}, or null when there is no such child. */
    String childText(String childName) {
        XmlElement child = child(childName);
        return child == null ? null : child.text().toString();
    }

    /** A refusal pointing at this element. */
    OdmFileException problem(String what) {
        return new OdmFileException(line, column, what);
    }
}
