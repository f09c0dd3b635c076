package org.tollgate.lists.opensanctions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;
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
 * Reads OpenSanctions' {@code targets.simple.csv}: one row per target, header {@code id, schema, name,
 * aliases, birth_date, countries, addresses, identifiers, sanctions, phones, emails, [program_ids,] dataset,
 * first_seen, last_seen, last_change}; multiple values in a cell are separated by {@code ;}. Both the older
 * layout and the newer one with {@code program_ids} are read, by column name; unknown columns are ignored.
 *
 * <p>The OpenSanctions id is the source reference; the schema gives the type as in {@link FtmJsonParser}
 * (other schemata are read as "other", since every row is a target); the name is the primary name and each
 * alias a strong alias (original script when not in Latin letters). The countries, which mix nationality,
 * residence and jurisdiction, become country-only addresses; identifiers are untyped in this export, except
 * {@code IMO1234567}, which is an IMO number. Sanctions text is kept as a remark, program ids as programs,
 * and the dataset title as the sub-list.
 */
public final class TargetsSimpleCsvParser implements ListParser {
    private static final List<String> REQUIRED = List.of("id", "schema", "name");

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = options.sourceOr(ListFormat.OS_SIMPLE_CSV.defaultSource());
        Problems problems = new Problems(options);
        List<Entity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int records = 0;
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".csv");
                CsvReader csv = new CsvReader(in, StandardCharsets.UTF_8)) {
            List<String> header = next(csv, file);
            if (header == null) {
                throw new ListParseException(file + ": the file is empty (no header)");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            for (String c : REQUIRED) {
                if (!columns.containsKey(c)) {
                    throw new ListParseException(file + ": line " + csv.line() + ": the header lacks the column '" + c
                            + "' (is this a targets.simple.csv?)");
                }
            }
            List<String> row;
            while ((row = next(csv, file)) != null) {
                String location = "line " + csv.line();
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                records++;
                if (row.size() != header.size()) {
                    problems.report(
                            file,
                            location,
                            "the row has " + row.size() + " fields but the header has " + header.size()
                                    + " (broken quoting?); row skipped");
                    continue;
                }
                Row r = new Row(row, columns);
                Entity e = entity(r, location, source, file, problems, ids);
                if (e != null) {
                    entities.add(e);
                }
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        ListMetadata meta = new ListMetadata(source, ListFormat.OS_SIMPLE_CSV, file, Optional.empty(), records, -1);
        return new ParsedList(meta, entities, problems.list(), problems.count());
    }

    private record Row(List<String> cells, Map<String, Integer> columns) {
        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : cells.get(i).strip();
        }

        List<String> all(String column) {
            List<String> out = new ArrayList<>();
            for (String v : get(column).split(";")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
            return out;
        }
    }

    private static Entity entity(Row r, String location, String source, String file, Problems problems, Set<String> ids)
            throws ListParseException {
        String id = r.get("id");
        if (id.isEmpty()) {
            problems.report(file, location + ", column id", "no id; row skipped");
            return null;
        }
        String where = location + " (id " + id + ")";
        if (!ids.add(id)) {
            problems.report(file, where + ", column id", "duplicate id; row skipped");
            return null;
        }
        String name = r.get("name");
        if (name.isEmpty()) {
            problems.report(file, where + ", column name", "no name; row skipped");
            return null;
        }
        String schema = r.get("schema");
        if (schema.isEmpty()) {
            problems.report(file, where + ", column schema", "no schema; read as 'other'");
        }
        Entity.Builder b =
                Entity.builder(source, id).type(FtmSchema.thingType(schema).orElse(EntityType.OTHER));
        NameList names = new NameList();
        names.add(name, NameKind.PRIMARY);
        r.all("aliases").forEach(a -> names.add(a, OsValues.aliasKind(a)));
        names.names().forEach(b::name);
        for (String d : r.all("birth_date")) {
            Optional<PartialDate> date = PartialDate.parse(d);
            if (date.isPresent()) {
                b.birthDate(BirthDate.of(date.get()));
            } else {
                problems.report(file, where + ", column birth_date", "'" + d + "' is not a date (YYYY[-MM[-DD]])");
            }
        }
        r.all("countries").forEach(c -> b.address(OsValues.countryOnly(c)));
        r.all("addresses").forEach(a -> b.address(new Address(List.of(a), "", "", "", "", "")));
        r.all("identifiers").forEach(v -> b.identifier(OsValues.untypedIdentifier(v)));
        r.all("phones").forEach(v -> b.identifier(new Identifier(IdentifierType.PHONE, v, "", "Phone")));
        r.all("emails").forEach(v -> b.identifier(new Identifier(IdentifierType.EMAIL, v, "", "Email")));
        r.all("program_ids").forEach(b::program);
        // The sanctions cell is free text that may itself contain ';', so it is kept whole.
        b.remark(OsValues.unquote(r.get("sanctions")));
        b.subList(r.get("dataset"));
        return b.build();
    }

    private static List<String> next(CsvReader csv, String file) throws ListParseException {
        try {
            return csv.next();
        } catch (IOException e) {
            throw new ListParseException(file + ": " + e.getMessage(), e);
        }
    }
}
