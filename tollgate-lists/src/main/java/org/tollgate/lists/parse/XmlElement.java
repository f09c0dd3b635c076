package org.tollgate.lists.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML element read whole, with its attributes, text and children, so that a list entry can be mapped with
 * plain look-ups while the file as a whole is streamed (the UN and EU files are long series of small entry
 * elements: each entry is read into this tree, mapped, and dropped).
 *
 * @param name the local element name
 * @param attributes attribute values by local name
 * @param text the element's own text, trimmed (empty for elements with only children)
 * @param children the child elements in document order
 * @param line the line the element starts on, for error messages
 */
public record XmlElement(
        String name, Map<String, String> attributes, String text, List<XmlElement> children, int line) {

    /**
     * Reads the element the reader is on (a START_ELEMENT) with everything inside it, leaving the reader on its
     * END_ELEMENT.
     *
     * @throws XMLStreamException on malformed XML or an entity reference (never expanded)
     */
    public static XmlElement read(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        Map<String, String> attributes = Map.of();
        if (r.getAttributeCount() > 0) {
            attributes = new HashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
                attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            attributes = Map.copyOf(attributes);
        }
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamReader.START_ELEMENT -> children.add(read(r));
                case XMLStreamReader.END_ELEMENT -> {
                    return new XmlElement(name, attributes, text.toString().strip(), List.copyOf(children), line);
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
    public String attr(String attribute) {
        String v = attributes.get(attribute);
        return v == null ? "" : v.strip();
    }

    /** The first child of that name. */
    public Optional<XmlElement> child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The children of that name, in order. */
    public List<XmlElement> all(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text of the first child of that name, or empty. */
    public String text(String childName) {
        return child(childName).map(XmlElement::text).orElse("");
    }

    /** The texts of the children of that name that have text. */
    public List<String> texts(String childName) {
        List<String> out = new ArrayList<>();
        for (XmlElement c : all(childName)) {
            if (!c.text.isEmpty()) {
                out.add(c.text);
            }
        }
        return out;
    }

    /**
     * The texts of the {@code valueName} children of every child named {@code childName}, as in the UN's
     * {@code <NATIONALITY><VALUE>..</VALUE></NATIONALITY>}.
     */
    public List<String> values(String childName, String valueName) {
        List<String> out = new ArrayList<>();
        for (XmlElement c : all(childName)) {
            out.addAll(c.texts(valueName));
        }
        return out;
    }

    /** This element and every element inside it, depth first. */
    public List<XmlElement> descendants() {
        List<XmlElement> out = new ArrayList<>();
        out.add(this);
        for (XmlElement c : children) {
            out.addAll(c.descendants());
        }
        return out;
    }
}
