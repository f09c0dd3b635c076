package org.tollgate.lists.ofac;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.SafeXml;

/**
 * Walks the child elements of the element a StAX reader stands on, handing each to a handler by its local name.
 * A handler consumes its element completely (with {@link SafeXml#text}, {@link SafeXml#skip} or another walk);
 * elements it does not want it passes to {@link SafeXml#skip}, so unknown elements are tolerated everywhere.
 */
final class XmlChildren {
    /** Handles one child element; the reader stands on its START_ELEMENT and must be left on its END_ELEMENT. */
    interface Handler {
        void child(String localName) throws XMLStreamException, ListParseException;
    }

    private XmlChildren() {}

    /** Calls {@code h} for every child element of the current element and returns on its END_ELEMENT. */
    static void each(XMLStreamReader r, Handler h) throws XMLStreamException, ListParseException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                h.child(r.getLocalName());
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                return;
            } else if (ev == XMLStreamReader.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity references are not allowed", r.getLocation());
            } else if (ev == XMLStreamReader.END_DOCUMENT) {
                throw new XMLStreamException("the document ends inside an element", r.getLocation());
            }
        }
    }

    /** Whether the element's text is {@code true} (any case, surrounding space ignored). */
    static boolean bool(XMLStreamReader r) throws XMLStreamException {
        return "true".equalsIgnoreCase(SafeXml.text(r));
    }
}
