package org.tollgate.lists.eu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of an EU sanctions entry with its attributes, read whole so the entry can be mapped with plain
 * look-ups while the file as a whole is streamed. The EU format keeps nearly everything in attributes.
 *
 * @param name the local element name (the namespace is not checked, so a later schema version still reads)
 * @param attributes attribute values by local name
 * @param text the element's own text, trimmed
 * @param children the child elements in document order
 * @param line the line the element starts on
 */
record EuElement(String name, Map<String, String> attributes, String text, List<EuElement> children, int line) {

    /**
     * Reads the element the reader is on (a START_ELEMENT) with everything inside it, leaving the reader on its
     * END_ELEMENT.
     *
     * @throws XMLStreamException on malformed XML or an entity reference (never expanded)
     */
    static EuElement read(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<EuElement> children = new ArrayList<>();
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamReader.START_ELEMENT -> children.add(read(r));
                case XMLStreamReader.END_ELEMENT -> {
                    return new EuElement(
                            name, Map.copyOf(attributes), text.toString().strip(), List.copyOf(children), line);
                }
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE ->
                    text.append(r.getText());
                case XMLStreamReader.ENTITY_REFERENCE ->
                    throw new XMLStreamException(
                            "entity reference '" + r.getLocalName() + "' is not allowed", r.getLocation());
                default -> {
                    // comments and processing instructions carry no list data
                }
            }
        }
    }

    /** An attribute's value, trimmed, or empty. */
    String attr(String attribute) {
        String v = attributes.get(attribute);
        return v == null ? "" : v.strip();
    }

    /** The children of that name, in order. */
    List<EuElement> all(String childName) {
        List<EuElement> out = new ArrayList<>();
        for (EuElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The texts of the children of that name that have text. */
    List<String> texts(String childName) {
        List<String> out = new ArrayList<>();
        for (EuElement c : all(childName)) {
            if (!c.text.isEmpty()) {
                out.add(c.text);
            }
        }
        return out;
    }

    /** This element and every element inside it, depth first. */
    List<EuElement> descendants() {
        List<EuElement> out = new ArrayList<>();
        out.add(this);
        for (EuElement c : children) {
            out.addAll(c.descendants());
        }
        return out;
    }
}
