package org.tollgate.lists.un;

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
    // INDIVIDUALS, ENTITIES and anything the UN may add around them are descended into
    private static final XmlEntryStream STREAM =
            new XmlEntryStream(ROOT, "a UN consolidated list", Set.of("INDIVIDUAL", "ENTITY"), "");

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.UN_XML.defaultSource());
        Problems problems = new Problems(options);
        Map<String, UnEntry> entries = new LinkedHashMap<>();
        AtomicReference<Optional<LocalDate>> published = new AtomicReference<>(Optional.empty());
        int[] counts = new int[3]; // records, individuals, organisations
        STREAM.read(path, options, root -> published.set(publishedAt(root, file, problems)), (name, e) -> {
            boolean person = name.equals("INDIVIDUAL");
            int index = person ? ++counts[1] : ++counts[2];
            counts[0]++;
            String reference = e.text("REFERENCE_NUMBER");
            String where = name + " #" + index + " (line " + e.line()
                    + (reference.isEmpty() ? ", DATAID " + e.text("DATAID") : ", " + reference) + ")";
            if (reference.isEmpty()) {
                problems.report(file, where, "no REFERENCE_NUMBER; entry skipped");
                return;
            }
            if (UnEntry.primaryName(e).isEmpty()) {
                problems.report(file, where, "no name (FIRST_NAME is empty); entry skipped");
                return;
            }
            entries.computeIfAbsent(reference, ref -> new UnEntry(source, ref, person, file))
                    .add(e, where, problems);
        });
        List<Entity> entities = new ArrayList<>(entries.size());
        for (UnEntry entry : entries.values()) {
            entities.add(entry.build());
        }
        ListMetadata metadata = new ListMetadata(source, ListFormat.UN_XML, file, published.get(), counts[0], -1);
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
}
