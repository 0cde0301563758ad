package org.stroma.exchange.odm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented UTF-8 XML, one element per line, attributes in the order given. Line breaks
 * and tabs inside attribute values are written as character references, so a multi-line
 * description survives the attribute-value normalization every XML parser applies.
 */
final class XmlOut {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagOpen;
    private boolean textWritten;

    XmlOut(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    XmlOut start(String name) {
        closeTag();
        write("\n" + "  ".repeat(open.size()) + "<" + name);
        open.push(name);
        tagOpen = true;
        textWritten = false;
        return this;
    }

    /** Adds an attribute to the element just started; a null value writes nothing. */
    XmlOut attribute(String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null) {
            write(" " + name + "=\"" + escape(value, true) + "\"");
        }
        return this;
    }

    XmlOut text(String text) {
        closeTag();
        write(escape(text, false));
        textWritten = true;
        return this;
    }

    XmlOut end() {
        String name = open.pop();
        if (tagOpen) {
            write("/>");
            tagOpen = false;
        } else if (textWritten) {
            write("</" + name + ">");
        } else {
            write("\n" + "  ".repeat(open.size()) + "</" + name + ">");
        }
        textWritten = false;
        return this;
    }

    /** An element holding only text. */
    XmlOut element(String name, String text) {
        return start(name).text(text).end();
    }

    void finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element " + open.peek());
        }
        write("\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeTag() {
        if (tagOpen) {
            write(">");
            tagOpen = false;
        }
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\r' -> escaped.append("&#13;");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new IllegalArgumentException("the text \"" + value + "\" holds the control character U+"
                                + String.format("%04X", (int) c) + ", which XML cannot carry");
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }
}
