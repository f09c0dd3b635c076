package org.tollgate.lists.csl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tollgate.lists.csl.CslRecord.CslId;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.parse.CsvReader;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListMetadata;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;

/**
 * Reads the trade.gov Consolidated Screening List CSV ({@code consolidated.csv}, plain or gzipped), which has a
 * header row and flattens its list fields into {@code ;}-separated text.
 *
 * <p>Columns are found by their header names, so added or reordered columns are tolerated; {@code _id} (or
 * {@code id}), {@code source} and {@code name} are required. Each record keeps its list's code as
 * {@link org.tollgate.lists.model.Entity#subList()} ({@code EL}, {@code SDN}, ...; a list with no known code keeps
 * its name as written). The source reference is that code and the CSL id, {@code SDN/21944}: the id alone is not
 * unique, because the CSL gives an OFAC entry that is on several Treasury lists (SDN, SSI, CAPTA) OFAC's entity
 * number as id on each. Rows repeating a list and id are merged into one entity. A row with the wrong number of
 * fields, or without id or name, is reported and skipped; an unreadable date is reported and the rest of the row
 * kept.
 *
 * <p>Only the Treasury lists state a type. A record without one is a person when it has dates or places of
 * birth, nationalities, citizenships or a gender; a vessel when it has vessel fields; a person on the Denied
 * Persons and ITAR Debarred lists (mostly people) when its name has no mark of an organisation (see
 * {@link OrganizationNames}); otherwise an organisation.
 *
 * <p>The flattened CSV loses structure the JSON form has: an address is one line of text plus the country code
 * at its end (city, state and postal code are not told apart), and an {@code ids} entry is read as
 * {@code [country, ][dates, ]number, type}; the dates of a document are not kept.
 */
public final class CslCsvParser implements ListParser {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.CSL_CSV.defaultSource());
        Problems problems = new Problems(options);
        CslEntries entries = new CslEntries(source, file);
        int records = 0;
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".csv");
                CsvReader csv = new CsvReader(in, StandardCharsets.UTF_8)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ListParseException(file + ": empty file, expected a header row");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            String idColumn = columns.containsKey("_id") ? "_id" : "id";
            for (String required : List.of(idColumn, "source", "name")) {
                if (!columns.containsKey(required)) {
                    throw new ListParseException(file + ": line 1: the header has no '" + required
                            + "' column; is this the Consolidated Screening List CSV? Header: " + header);
                }
            }
            List<String> row;
            while ((row = csv.next()) != null) {
                records++;
                String where = "line " + csv.line();
                if (row.size() != header.size()) {
                    problems.report(
                            file,
                            where,
                            "expected " + header.size() + " fields as in the header, found " + row.size()
                                    + "; row skipped");
                    continue;
                }
                Row r = new Row(row, columns);
                String id = r.get(idColumn);
                if (!id.isEmpty()) {
                    where += " (" + idColumn + " " + id + ")";
                }
                entries.add(record(r, id), where, problems);
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        ListMetadata metadata = new ListMetadata(source, ListFormat.CSL_CSV, file, Optional.empty(), records, -1);
        return new ParsedList(metadata, entries.entities(), problems.list(), problems.count());
    }

    private static CslRecord record(Row r, String id) {
        Map<String, String> details = new HashMap<>();
        for (String field : CslRecord.DETAIL_FIELDS) {
            String v = r.get(field);
            if (!v.isEmpty()) {
                details.put(field, v);
            }
        }
        List<Address> addresses = new ArrayList<>();
        for (String a : split(r.get("addresses"))) {
            addresses.add(address(a));
        }
        List<CslId> ids = new ArrayList<>();
        for (String entry : split(r.get("ids"))) {
            ids.add(id(entry));
        }
        return new CslRecord(
                id,
                r.get("source"),
                r.get("type"),
                r.get("name"),
                split(r.get("alt_names")),
                split(r.get("programs")),
                addresses,
                ids,
                split(r.get("dates_of_birth")),
                split(r.get("places_of_birth")),
                split(r.get("nationalities")),
                split(r.get("citizenships")),
                details);
    }

    /** The values of a flattened list field. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(";")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Reads one flattened address: its parts joined by ", " with the country code last. Only the code can be told
     * apart safely; the rest stays one line as written.
     */
    static Address address(String text) {
        int comma = text.lastIndexOf(',');
        String last = (comma < 0 ? text : text.substring(comma + 1)).strip();
        if (CODE.matcher(last).matches() && CslEntry.country(last).isPresent()) {
            String rest = comma < 0 ? "" : text.substring(0, comma);
            return new Address(List.of(rest), "", "", "", last, "");
        }
        return new Address(List.of(text), "", "", "", "", "");
    }

    /**
     * Reads one flattened {@code ids} entry: {@code [country, ][date, [date, ]]number, type}, e.g.
     * {@code JO, 2014-08-30, 2009-08-31, K475336, Passport}, or a fact such as {@code Male, Gender}.
     */
    static CslId id(String entry) {
        int comma = entry.lastIndexOf(", ");
        if (comma < 0) {
            return new CslId("", entry.strip(), "");
        }
        String label = entry.substring(comma + 2).strip();
        List<String> parts = commaSeparated(entry.substring(0, comma));
        String country = "";
        // A leading code is the issuing country only where a number follows it, and only for real identifiers:
        // facts like "Subject to Secondary Sanctions" keep their text whole.
        if (!CslEntry.isFact(label)
                && parts.size() >= 2
                && CODE.matcher(parts.get(0).strip()).matches()
                && CslEntry.country(parts.get(0)).isPresent()) {
            country = parts.remove(0).strip();
        }
        if (!CslEntry.isFact(label)) {
            while (parts.size() >= 2 && ISO_DATE.matcher(parts.get(0).strip()).matches()) {
                parts.remove(0);
            }
        }
        return new CslId(label, String.join(", ", parts).strip(), country);
    }

    /** Splits at ", " without a regular expression: this runs for every one of the ~20,000 ids entries. */
    private static List<String> commaSeparated(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf(", ", from)) >= 0) {
            out.add(text.substring(from, at));
            from = at + 2;
        }
        out.add(text.substring(from));
        return out;
    }

    /** One data row, read by column name. */
    private record Row(List<String> fields, Map<String, Integer> columns) {
        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : fields.get(i).strip();
        }
    }
}
