package org.tollgate.lists.dpl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tollgate.lists.model.Entity;
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
 * Reads the BIS Denied Persons List, {@code dpl.txt}: tab-separated, quoted fields, a header row (Name,
 * Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date, Standard_Order,
 * Last_Update, Action, FR_Citation).
 *
 * <p>The DPL has one row per denied party and address, and no ids. Rows with the same name (compared without
 * case, punctuation or spacing) are one entity: the real file lists most parties once per known address, and a
 * few (such as the 2002 and 2003 orders against one person) once per order. The source reference is derived from
 * that name alone, see {@link DeniedParty#sourceRef}, because the other fields change while the party stays
 * listed: BIS appends a Federal Register citation on every renewal of a temporary denial order and corrects
 * effective dates. Two different parties with exactly the same name would be merged; for screening they are one
 * name anyway, and every order stays in the remarks.
 *
 * <p>Dates are {@code MM/dd/yyyy} (Last_Update {@code yyyy-MM-dd}; either form is read in every date field).
 * An unreadable or implausible date (the real file has Last_Update years 222, 2922 and 3017) is reported with
 * its line and field, and the row is kept. A row with the wrong number of fields or no name is reported and
 * skipped.
 */
public final class DplParser implements ListParser {
    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.DPL.defaultSource());
        Problems problems = new Problems(options);
        Map<String, DeniedParty> parties = new LinkedHashMap<>();
        int records = 0;
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".txt");
                CsvReader tsv = new CsvReader(in, StandardCharsets.UTF_8, '\t', '"')) {
            List<String> header = tsv.next();
            if (header == null) {
                throw new ListParseException(file + ": empty file, expected a header row");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            if (!columns.containsKey("name")) {
                throw new ListParseException(file + ": line 1: the header has no 'Name' column; is this the Denied"
                        + " Persons List (dpl.txt)? Header: " + header);
            }
            List<String> fields;
            while ((fields = tsv.next()) != null) {
                records++;
                int line = tsv.line();
                if (fields.size() != header.size()) {
                    problems.report(
                            file,
                            "line " + line,
                            "expected " + header.size() + " tab-separated fields as in the header, found "
                                    + fields.size() + "; row skipped");
                    continue;
                }
                DplRow row = new DplRow(fields, columns, line);
                if (row.get("name").isEmpty()) {
                    problems.report(file, "line " + line + ", field Name", "empty name; row skipped");
                    continue;
                }
                String key = DeniedParty.key(row.get("name"));
                parties.computeIfAbsent(key, k -> new DeniedParty(source, row.get("name"), file))
                        .add(row, problems);
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        List<Entity> entities = new ArrayList<>(parties.size());
        for (DeniedParty p : parties.values()) {
            entities.add(p.build());
        }
        ListMetadata metadata = new ListMetadata(source, ListFormat.DPL, file, Optional.empty(), records, -1);
        return new ParsedList(metadata, entities, problems.list(), problems.count());
    }

    /** One row of the file, read by lower-case column name. */
    record DplRow(List<String> fields, Map<String, Integer> columns, int line) {
        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : fields.get(i).strip();
        }
    }
}
