package org.tollgate.lists.custom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tollgate.lists.country.Countries;
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
 * Reads Tollgate's own CSV format for a provider's internal lists (blocked customers, fraud rings, partner
 * restrictions), so that they are screened like any official list.
 *
 * <h2>The format ({@code custom-csv})</h2>
 *
 * <ul>
 *   <li>UTF-8 text (a byte-order mark is tolerated), comma-separated, fields quoted with {@code "} when they
 *       hold a comma, a quote ({@code ""}) or a line break (RFC 4180). Blank lines are ignored.
 *   <li>The first line is the header. Column names are matched ignoring case and surrounding spaces, in any
 *       order; columns not listed below are ignored, a column named twice is an error.
 *   <li>Every line has exactly as many fields as the header.
 *   <li>Several values in one field are separated by {@code ;}.
 * </ul>
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>required</th><th>content</th></tr>
 *   <tr><td>{@code id}</td><td>yes</td><td>the list's own id of the entry, unique in the file, at most 200
 *       characters; the entity's id is {@code <source>:<id>}</td></tr>
 *   <tr><td>{@code name}</td><td>yes</td><td>the primary name</td></tr>
 *   <tr><td>{@code type}</td><td>no</td><td>{@code person}, {@code organization}, {@code vessel},
 *       {@code aircraft} or {@code other} (any case); empty means {@code other}</td></tr>
 *   <tr><td>{@code aliases}</td><td>no</td><td>other names, {@code ;}-separated; each is a strong
 *       alias</td></tr>
 *   <tr><td>{@code birth_date}</td><td>no</td><td>dates of birth, {@code ;}-separated, each {@code YYYY},
 *       {@code YYYY-MM} or {@code YYYY-MM-DD}</td></tr>
 *   <tr><td>{@code country}</td><td>no</td><td>associated countries, {@code ;}-separated, each an ISO 3166-1
 *       alpha-2 code ({@code IR}) or an English country name ({@code Iran}); each becomes a country-only
 *       address</td></tr>
 *   <tr><td>{@code identifiers}</td><td>no</td><td>{@code ;}-separated, each {@code type:value} or
 *       {@code type:value:CC}, where type is one of {@code passport, national_id, tax_id,
 *       registration_number, imo_number, mmsi, call_sign, aircraft_registration, aircraft_serial,
 *       digital_currency_address, swift_bic, driving_licence, social_security_number, lei, email, phone,
 *       website, other} and {@code CC} an ISO alpha-2 issuing country, e.g. {@code passport:A1234567:IR}. The
 *       value may itself hold colons ({@code website:https://example.com}); only a final {@code :CC} that is a
 *       country code is read as the country.</td></tr>
 *   <tr><td>{@code remarks}</td><td>no</td><td>free text</td></tr>
 *   <tr><td>{@code programs}</td><td>no</td><td>the internal programs or reasons for listing,
 *       {@code ;}-separated</td></tr>
 * </table>
 *
 * <p>Example:
 *
 * <pre>
 * id,name,type,aliases,birth_date,country,identifiers,remarks,programs
 * C-0001,Ivan Petrov,person,Iwan Petrow;Иван Петров,1970-05-01,RU,passport:751234567:RU,chargeback fraud,FRAUD
 * C-0002,"Acme Trading, Ltd",organization,,,AE,registration_number:12345,,PARTNER-BLOCK
 * </pre>
 *
 * <h2>Source id</h2>
 *
 * Entities get the source {@code custom_<name>}: the name is that of the source override when it starts with
 * {@code custom_} (a custom list can never pose as an official source), else the file name without its
 * extension, in lower case without accents, with every run of characters other than ASCII letters and digits
 * turned into {@code _} ({@code "Blocked Customers 2024.csv"} gives {@code custom_blocked_customers_2024}).
 *
 * <h2>Validation</h2>
 *
 * Every problem names the line and the column. A missing or duplicate id, a missing name or a line with the
 * wrong number of fields drops that line; an unknown type reads the entry as {@code other}; a bad date,
 * country or identifier drops that one value. In strict mode the first problem stops the load. A header
 * without {@code id} or {@code name} makes the file unreadable.
 */
public final class CustomCsvParser implements ListParser {
    /** The prefix every custom list's source id has. */
    public static final String SOURCE_PREFIX = "custom_";

    private static final int MAX_ID_LENGTH = 200;
    private static final List<String> REQUIRED = List.of("id", "name");
    private static final List<String> KNOWN =
            List.of("id", "name", "type", "aliases", "birth_date", "country", "identifiers", "remarks", "programs");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        String source = sourceId(options.sourceOverride(), file);
        Problems problems = new Problems(options);
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        int records = 0;
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".csv");
                CsvReader csv = new CsvReader(in, StandardCharsets.UTF_8)) {
            List<String> header = next(csv, file);
            if (header == null) {
                throw new ListParseException(file + ": the file is empty; a header line is required");
            }
            Map<String, Integer> columns = header(file, csv.line(), header);
            List<String> row;
            while ((row = next(csv, file)) != null) {
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                records++;
                int line = csv.line();
                if (row.size() != header.size()) {
                    problems.report(
                            file,
                            "line " + line,
                            "the line has " + row.size() + " fields but the header has " + header.size()
                                    + " (an unquoted comma?); line skipped");
                    continue;
                }
                Entity e = new Line(file, line, row, columns, problems).entity(source, idLines);
                if (e != null) {
                    entities.add(e);
                }
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        ListMetadata meta = new ListMetadata(source, ListFormat.CUSTOM_CSV, file, Optional.empty(), records, -1);
        return new ParsedList(meta, entities, problems.list(), problems.count());
    }

    /**
     * The source id of a custom list: {@code custom_<name>} from the override when it starts with {@code
     * custom_}, else from the file name (see the class documentation).
     */
    public static String sourceId(String override, String fileName) {
        String o = override == null ? "" : override.strip().toLowerCase(Locale.ROOT);
        String name;
        if (o.startsWith(SOURCE_PREFIX)) {
            name = o.substring(SOURCE_PREFIX.length());
        } else {
            String f = fileName == null ? "" : fileName.strip();
            int dot = f.lastIndexOf('.');
            name = dot > 0 ? f.substring(0, dot) : f;
        }
        // Accents are dropped rather than turned into separators: "Händler" gives "handler".
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
        slug = slug.replaceAll("^_+|_+$", "");
        return SOURCE_PREFIX + (slug.isEmpty() ? "list" : slug);
    }

    private static Map<String, Integer> header(String file, int line, List<String> header) throws ListParseException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(name, i) != null && KNOWN.contains(name)) {
                throw new ListParseException(file + ": line " + line + ", column " + (i + 1) + ": the column '" + name
                        + "' appears twice in the header");
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ListParseException(file + ": line " + line + ": the header lacks the required column(s) "
                    + String.join(", ", missing) + " (found: " + String.join(", ", header) + ")");
        }
        return columns;
    }

    /** One data line being read. */
    private static final class Line {
        private final String file;
        private final int line;
        private final List<String> cells;
        private final Map<String, Integer> columns;
        private final Problems problems;

        Line(String file, int line, List<String> cells, Map<String, Integer> columns, Problems problems) {
            this.file = file;
            this.line = line;
            this.cells = cells;
            this.columns = columns;
            this.problems = problems;
        }

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

        void problem(String column, String reason) throws ListParseException {
            problems.report(file, "line " + line + ", column " + column, reason);
        }

        Entity entity(String source, Map<String, Integer> idLines) throws ListParseException {
            String id = get("id");
            if (id.isEmpty()) {
                problem("id", "the id is empty; line skipped");
                return null;
            }
            if (id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
                problem(
                        "id",
                        "the id must be at most " + MAX_ID_LENGTH + " characters without control characters; "
                                + "line skipped");
                return null;
            }
            Integer first = idLines.putIfAbsent(id, line);
            if (first != null) {
                problem("id", "duplicate id '" + id + "' (first on line " + first + "); line skipped");
                return null;
            }
            String name = get("name");
            if (name.isEmpty()) {
                problem("name", "the name is empty; line skipped");
                return null;
            }
            Entity.Builder b = Entity.builder(source, id).type(type());
            b.name(name, NameKind.PRIMARY);
            all("aliases").forEach(a -> b.name(a, NameKind.STRONG_ALIAS));
            for (String d : all("birth_date")) {
                Optional<PartialDate> date = DATE.matcher(d).matches() ? PartialDate.parse(d) : Optional.empty();
                if (date.isPresent()) {
                    b.birthDate(BirthDate.of(date.get()));
                } else {
                    problem("birth_date", "'" + d + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); value ignored");
                }
            }
            for (String c : all("country")) {
                Optional<String> code = Countries.alpha2(c);
                if (code.isPresent()) {
                    b.address(new Address(null, "", "", "", code.get(), ""));
                } else {
                    problem("country", "'" + c + "' is not a country code or name; value ignored");
                }
            }
            for (String item : all("identifiers")) {
                Identifier id2 = identifier(item);
                if (id2 != null) {
                    b.identifier(id2);
                }
            }
            b.remark(get("remarks"));
            all("programs").forEach(b::program);
            return b.build();
        }

        private EntityType type() throws ListParseException {
            String t = get("type").toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                return EntityType.OTHER;
            }
            for (EntityType type : EntityType.values()) {
                if (type.code().equals(t)) {
                    return type;
                }
            }
            problem(
                    "type",
                    "unknown type '" + get("type")
                            + "' (expected person, organization, vessel, aircraft or other); read as other");
            return EntityType.OTHER;
        }

        private Identifier identifier(String item) throws ListParseException {
            int colon = item.indexOf(':');
            if (colon <= 0) {
                problem("identifiers", "'" + item + "' is not type:value[:CC]; value ignored");
                return null;
            }
            String typeCode = item.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            IdentifierType type = null;
            for (IdentifierType t : IdentifierType.values()) {
                if (t.code().equals(typeCode)) {
                    type = t;
                }
            }
            if (type == null) {
                problem("identifiers", "unknown identifier type '" + typeCode + "' in '" + item + "'; value ignored");
                return null;
            }
            String value = item.substring(colon + 1).strip();
            String country = "";
            int last = value.lastIndexOf(':');
            if (last >= 0) {
                String cc = value.substring(last + 1).strip().toUpperCase(Locale.ROOT);
                if (Countries.isAlpha2(cc)) {
                    country = cc;
                    value = value.substring(0, last).strip();
                }
            }
            if (value.isEmpty()) {
                problem("identifiers", "'" + item + "' has no value; value ignored");
                return null;
            }
            return new Identifier(type, value, country, typeCode);
        }
    }

    private static List<String> next(CsvReader csv, String file) throws ListParseException {
        try {
            return csv.next();
        } catch (IOException e) {
            throw new ListParseException(file + ": " + e.getMessage(), e);
        }
    }
}
