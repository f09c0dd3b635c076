package org.tollgate.lists.eu;

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
 * Reads the EU Financial Sanctions Files XML 1.1 ({@code export} in namespace
 * {@code http://eu.europa.ec/fpi/fsd/export}), plain or zipped.
 *
 * <p>The source reference is the sanctionEntity's {@code logicalId}; the EU reference number is kept as a
 * remark. The first strong {@code nameAlias} is the primary name, {@code strong="false"} names are weak aliases.
 * Citizenships are citizenships (not nationalities): that is what the EU states. A sanctionEntity without
 * logicalId or name is reported and skipped; an unreadable date is reported and the rest kept. Entries sharing
 * a logicalId are merged. XML that is not well-formed ends the parse with a {@link ListParseException} in
 * lenient mode too, so that a truncated file never passes as a shorter list.
 */
public final class EuXmlParser implements ListParser {
    private static final String ROOT = "export";

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.EU_XML.defaultSource());
        Problems problems = new Problems(options);
        Map<String, EuEntry> entries = new LinkedHashMap<>();
        Optional<LocalDate> published = Optional.empty();
        int records = 0;
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".xml")) {
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
                            throw new ListParseException(
                                    file + ": not an EU financial sanctions file: the root element is <" + name
                                            + ">, expected <" + ROOT + ">");
                        }
                        rootSeen = true;
                        published = publishedAt(r, file, problems);
                        continue;
                    }
                    if (!name.equals("sanctionEntity")) {
                        // an element the EU may add around or beside the entries: descend and look further
                        continue;
                    }
                    records++;
                    XmlElement e = XmlElement.read(r);
                    String logicalId = e.attr("logicalId");
                    String where = "sanctionEntity #" + records + " (line " + e.line()
                            + (logicalId.isEmpty() ? "" : ", logicalId " + logicalId) + ")";
                    if (logicalId.isEmpty()) {
                        problems.report(file, where, "no logicalId; entry skipped");
                        continue;
                    }
                    if (EuEntry.names(e).isEmpty() && !entries.containsKey(logicalId)) {
                        problems.report(file, where, "no nameAlias with a name; entry skipped");
                        continue;
                    }
                    entries.computeIfAbsent(logicalId, id -> new EuEntry(source, id, file))
                            .add(e, where, problems);
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
        for (EuEntry entry : entries.values()) {
            entities.add(entry.build());
        }
        ListMetadata metadata = new ListMetadata(source, ListFormat.EU_XML, file, published, records, -1);
        return new ParsedList(metadata, entities, problems.list(), problems.count());
    }

    private static Optional<LocalDate> publishedAt(XMLStreamReader r, String file, Problems problems)
            throws ListParseException {
        String generated = r.getAttributeValue(null, "generationDate");
        if (generated == null || generated.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = EuEntry.date(generated.strip());
        if (date.isEmpty()) {
            problems.report(
                    file,
                    ROOT + " (line " + r.getLocation().getLineNumber() + "), generationDate",
                    "not a date: '" + generated + "'");
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
