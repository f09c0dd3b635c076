package org.tollgate.lists.parse;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming XML readers hardened against hostile input: no DTDs, no external entities, no entity expansion.
 * Every XML list parser gets its reader here, so the rule lives in one place.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {}

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /**
     * A streaming reader over {@code in}.
     *
     * @throws ListParseException when the stream does not start as XML
     */
    public static XMLStreamReader reader(InputStream in, String file) throws ListParseException {
        try {
            synchronized (FACTORY) {
                return FACTORY.createXMLStreamReader(in);
            }
        } catch (XMLStreamException e) {
            throw new ListParseException(file + ": not readable as XML: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the text of the current element up to its end tag, skipping nested elements' tags but keeping
     * their text. The reader must be on a START_ELEMENT.
     */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamReader.START_ELEMENT -> depth++;
                case XMLStreamReader.END_ELEMENT -> depth--;
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> b.append(r.getText());
                case XMLStreamReader.ENTITY_REFERENCE ->
                    throw new XMLStreamException("entity references are not allowed", r.getLocation());
                default -> {}
            }
        }
        return b.toString().strip();
    }

    /** Skips the current element with everything inside it. The reader must be on a START_ELEMENT. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The message of a streaming error without the position prefix the JDK adds (callers state the position). */
    public static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int text = m.indexOf("Message: ");
        return (text < 0 ? m : m.substring(text + "Message: ".length())).strip();
    }
}
