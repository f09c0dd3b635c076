package org.tollgate.lists.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the entry elements of an XML list whose entries are repeated elements somewhere under a known root
 * ({@code INDIVIDUAL} / {@code ENTITY} under the UN's {@code CONSOLIDATED_LIST}, {@code sanctionEntity} under the
 * EU's {@code export}). Each entry is read whole into an {@link XmlElement} and handed over; elements around or
 * beside the entries are descended into, so a wrapper the publisher adds later does not hide entries.
 *
 * <p>The rules every such list shares live here: the file is opened size-limited, the reader is {@link SafeXml}'s,
 * a wrong root element or an empty document is an error, and XML that is not well-formed ends the parse with a
 * {@link ListParseException} naming line and column, in lenient mode too, so that a truncated or corrupt file
 * never passes as a shorter list.
 */
public final class XmlEntryStream {
    /** Called once on the root element, before any entry (e.g. to read a publication-date attribute). */
    @FunctionalInterface
    public interface RootHandler {
        void root(XMLStreamReader root) throws ListParseException;
    }

    /** Called for every entry element, in document order. */
    @FunctionalInterface
    public interface EntryHandler {
        void entry(String elementName, XmlElement entry) throws ListParseException;
    }

    private final String root;
    private final String listKind;
    private final Set<String> entryElements;
    private final String zipEntrySuffix;

    /**
     * @param root the local name of the root element
     * @param listKind what the file should be, for the wrong-root error ("a UN consolidated list")
     * @param entryElements the local names of the entry elements
     * @param zipEntrySuffix the file-name ending of the entry to read inside a zip archive ("": the only entry)
     */
    public XmlEntryStream(String root, String listKind, Set<String> entryElements, String zipEntrySuffix) {
        this.root = root;
        this.listKind = listKind;
        this.entryElements = Set.copyOf(entryElements);
        this.zipEntrySuffix = zipEntrySuffix;
    }

    /** Reads {@code path}, calling {@code onRoot} once and {@code onEntry} for every entry element. */
    public void read(Path path, ParseOptions options, RootHandler onRoot, EntryHandler onEntry)
            throws ListParseException {
        String file = path.getFileName().toString();
        try (InputStream in = InputFiles.open(path, options.maxBytes(), zipEntrySuffix)) {
            XMLStreamReader r = SafeXml.reader(in, file);
            try {
                boolean rootSeen = false;
                while (r.hasNext()) {
                    if (r.next() != XMLStreamReader.START_ELEMENT) {
                        continue;
                    }
                    String name = r.getLocalName();
                    if (!rootSeen) {
                        if (!name.equals(root)) {
                            throw new ListParseException(file + ": not " + listKind + ": the root element is <" + name
                                    + ">, expected <" + root + ">");
                        }
                        rootSeen = true;
                        onRoot.root(r);
                    } else if (entryElements.contains(name)) {
                        onEntry.entry(name, XmlElement.read(r));
                    }
                }
                if (!rootSeen) {
                    throw new ListParseException(file + ": no XML element found");
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + ":";
            throw new ListParseException(file + ":" + where + " not well-formed XML: " + SafeXml.message(e), e);
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
