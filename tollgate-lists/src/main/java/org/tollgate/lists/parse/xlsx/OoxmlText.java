package org.tollgate.lists.parse.xlsx;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Text rules of SpreadsheetML: reading {@code <t>} runs and undoing its {@code _xHHHH_} escapes. */
final class OoxmlText {
    private OoxmlText() {}

    /**
     * Reads the text of a string item ({@code <si>} or {@code <is>}): the plain {@code <t>} or the {@code <t>}
     * of every rich-text run {@code <r>}, concatenated, leaving out phonetic guides ({@code <rPh>}). The reader
     * must be on the item's START_ELEMENT and is left on its END_ELEMENT.
     */
    static String item(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("t")) {
                    b.append(ownText(r));
                } else if (name.equals("r")) {
                    depth++;
                } else {
                    // rPh (phonetic reading), phoneticPr, rPr (run formatting): no text of the cell
                    skip(r);
                }
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamReader.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity references are not allowed", r.getLocation());
            }
        }
        return unescape(b);
    }

    /** The character content of an element without children; the reader is left on its END_ELEMENT. */
    static String ownText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamReader.START_ELEMENT -> depth++;
                case XMLStreamReader.END_ELEMENT -> depth--;
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> {
                    if (depth == 1) {
                        b.append(r.getText());
                    }
                }
                case XMLStreamReader.ENTITY_REFERENCE ->
                    throw new XMLStreamException("entity references are not allowed", r.getLocation());
                default -> {}
            }
        }
        return b.toString();
    }

    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamReader.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity references are not allowed", r.getLocation());
            }
        }
    }

    /**
     * Undoes the {@code _xHHHH_} escapes writers use for characters XML cannot hold (a carriage return is
     * stored as {@code _x000D_}); {@code _x005F_} escapes a literal underscore.
     */
    static String unescape(CharSequence s) {
        int n = s.length();
        int first = indexOfEscape(s, 0);
        if (first < 0) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int at = indexOfEscape(s, i);
            if (at < 0) {
                b.append(s, i, n);
                break;
            }
            b.append(s, i, at);
            b.append((char) Integer.parseInt(s.subSequence(at + 2, at + 6).toString(), 16));
            i = at + 7;
        }
        return b.toString();
    }

    private static int indexOfEscape(CharSequence s, int from) {
        for (int i = from; i + 6 < s.length(); i++) {
            if (s.charAt(i) == '_'
                    && s.charAt(i + 1) == 'x'
                    && hex(s.charAt(i + 2))
                    && hex(s.charAt(i + 3))
                    && hex(s.charAt(i + 4))
                    && hex(s.charAt(i + 5))
                    && s.charAt(i + 6) == '_') {
                return i;
            }
        }
        return -1;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
