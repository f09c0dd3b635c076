package org.tollgate.lists.un;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListMetadata;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;
import org.tollgate.lists.parse.SafeXml;
import org.tollgate.lists.parse.XmlElement;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS} and
 * {@code ENTITIES}).
 *
 * <p>The source reference is the UN reference number ({@code QDi.001}); the programme is the sanctions regime
 * (UN_LIST_TYPE, e.g. {@code Al-Qaida}). An entry without a reference number or a name is reported and skipped;
 * a field that cannot be read (a date, a year range) is reported and the rest of the entry kept. Should two
 * entries share a reference number, they are merged into one entity. XML that is not well-formed ends the parse
 * with a {@link ListParseException} naming line and column, in lenient mode too: a truncated or corrupt file must
 * not pass as a shorter list.
 */
public final class UnXmlParser implements ListParser {
    private static final String ROOT = "CONSOLIDATED_LIST";

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.UN_XML.defaultSource());
        Problems problems = new Problems(options);
        Map<String, UnEntry> entries = new LinkedHashMap<>();
        Optional<LocalDate> published = Optional.empty();
        int records = 0;
        int individuals = 0;
        int organisations = 0;
        try (InputStream in = InputFiles.open(path, options.maxBytes())) {
            XMLStreamReader r = SafeXml.reader(in, file);
            try {
                boolean rootSeen = false;
                while (r.hasNext()) {
                    if (r.next() != XMLStreamReader.START_ELEMENT) {
                        continue;
                    }
                    String name = r.getLocalName();
                    if (!rootSeen) {
                        if (!name.equals(ROOT)) {
                            throw new ListParseException(file + ": not a UN consolidated list: the root element is <"
                                    + name + ">, expected <" + ROOT + ">");
                        }
                        rootSeen = true;
                        published = publishedAt(r, file, problems);
                        continue;
                    }
                    boolean person = name.equals("INDIVIDUAL");
                    if (!person && !name.equals("ENTITY")) {
                        // INDIVIDUALS, ENTITIES and anything the UN may add: descend and look further
                        continue;
                    }
                    int index = person ? ++individuals : ++organisations;
                    records++;
                    XmlElement e = XmlElement.read(r);
                    String reference = e.text("REFERENCE_NUMBER");
                    String where = name + " #" + index + " (line " + e.line()
                            + (reference.isEmpty() ? ", DATAID " + e.text("DATAID") : ", " + reference) + ")";
                    if (reference.isEmpty()) {
                        problems.report(file, where, "no REFERENCE_NUMBER; entry skipped");
                        continue;
                    }
                    if (UnEntry.primaryName(e).isEmpty()) {
                        problems.report(file, where, "no name (FIRST_NAME is empty); entry skipped");
                        continue;
                    }
                    UnEntry entry = entries.computeIfAbsent(reference, ref -> new UnEntry(source, ref, person, file));
                    entry.add(e, where, problems);
                }
                if (!rootSeen) {
                    throw new ListParseException(file + ": no XML element found");
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        List<Entity> entities = new ArrayList<>(entries.size());
        for (UnEntry entry : entries.values()) {
            entities.add(entry.build());
        }
        ListMetadata metadata = new ListMetadata(source, ListFormat.UN_XML, file, published, records, -1);
        return new ParsedList(metadata, entities, problems.list(), problems.count());
    }

    private static Optional<LocalDate> publishedAt(XMLStreamReader r, String file, Problems problems)
            throws ListParseException {
        String generated = r.getAttributeValue(null, "dateGenerated");
        if (generated == null || generated.isBlank()) {
            return Optional.empty();
        }
        // "2026-02-27T00:00:09.554Z": the date part is the publication day
        String day = generated.length() >= 10 ? generated.substring(0, 10) : generated;
        Optional<LocalDate> date = UnEntry.xsDate(day);
        if (date.isEmpty()) {
            problems.report(file, ROOT + " (line 1), dateGenerated", "not a date: '" + generated + "'");
        }
        return date;
    }

    private static ListParseException malformed(String file, XMLStreamException e) {
        String where = e.getLocation() == null
                ? ""
                : " line " + e.getLocation().getLineNumber() + ", column "
                        + e.getLocation().getColumnNumber() + ":";
        // the JDK prefixes its message with the position, which is already stated
        String message = e.getMessage() == null ? "" : e.getMessage();
        int text = message.indexOf("Message: ");
        message = (text < 0 ? message : message.substring(text + "Message: ".length())).strip();
        return new ListParseException(file + ":" + where + " not well-formed XML: " + message, e);
    }
}
