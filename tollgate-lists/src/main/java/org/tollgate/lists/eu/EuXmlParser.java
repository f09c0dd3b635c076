package org.tollgate.lists.eu;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListMetadata;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;
import org.tollgate.lists.parse.XmlEntryStream;

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
    // elements the EU may add around or beside the entries are descended into
    private static final XmlEntryStream STREAM =
            new XmlEntryStream(ROOT, "an EU financial sanctions file", Set.of("sanctionEntity"), ".xml");

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.EU_XML.defaultSource());
        Problems problems = new Problems(options);
        Map<String, EuEntry> entries = new LinkedHashMap<>();
        AtomicReference<Optional<LocalDate>> published = new AtomicReference<>(Optional.empty());
        int[] records = {0};
        STREAM.read(path, options, root -> published.set(publishedAt(root, file, problems)), (name, e) -> {
            records[0]++;
            String logicalId = e.attr("logicalId");
            String where = "sanctionEntity #" + records[0] + " (line " + e.line()
                    + (logicalId.isEmpty() ? "" : ", logicalId " + logicalId) + ")";
            if (logicalId.isEmpty()) {
                problems.report(file, where, "no logicalId; entry skipped");
                return;
            }
            if (EuEntry.names(e).isEmpty() && !entries.containsKey(logicalId)) {
                problems.report(file, where, "no nameAlias with a name; entry skipped");
                return;
            }
            entries.computeIfAbsent(logicalId, id -> new EuEntry(source, id, file))
                    .add(e, where, problems);
        });
        List<Entity> entities = new ArrayList<>(entries.size());
        for (EuEntry entry : entries.values()) {
            entities.add(entry.build());
        }
        ListMetadata metadata = new ListMetadata(source, ListFormat.EU_XML, file, published.get(), records[0], -1);
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
}
