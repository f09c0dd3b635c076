package org.tollgate.lists.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a UN list entry, read whole so the entry can be mapped with plain look-ups. The UN file is a
 * long series of small INDIVIDUAL and ENTITY elements; each is read into this tree while the file as a whole is
 * streamed.
 *
 * @param name the local element name
 * @param text the element's own text, trimmed (empty for elements with only children)
 * @param children the child elements in document order
 * @param line the line the element starts on
 */
record UnElement(String name, String text, List<UnElement> children, int line) {

    /**
     * Reads the element the reader is on (a START_ELEMENT) with everything inside it, leaving the reader on its
     * END_ELEMENT.
     *
     * @throws XMLStreamException on malformed XML or an entity reference (never expanded)
     */
    static UnElement read(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        StringBuilder text = new StringBuilder();
        List<UnElement> children = new ArrayList<>();
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamReader.START_ELEMENT -> children.add(read(r));
                case XMLStreamReader.END_ELEMENT -> {
                    return new UnElement(name, text.toString().strip(), List.copyOf(children), line);
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

    /** The first child of that name. */
    Optional<UnElement> child(String childName) {
        for (UnElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The children of that name, in order. */
    List<UnElement> all(String childName) {
        List<UnElement> out = new ArrayList<>();
        for (UnElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text of the first child of that name, or empty. */
    String text(String childName) {
        return child(childName).map(UnElement::text).orElse("");
    }

    /** The texts of the VALUE children of every child of that name (NATIONALITY, TITLE, ...). */
    List<String> values(String childName) {
        List<String> out = new ArrayList<>();
        for (UnElement c : all(childName)) {
            for (UnElement v : c.all("VALUE")) {
                if (!v.text.isEmpty()) {
                    out.add(v.text);
                }
            }
        }
        return out;
    }
}
