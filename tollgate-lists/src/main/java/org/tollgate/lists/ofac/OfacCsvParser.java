package org.tollgate.lists.ofac;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.NameKind;
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
 * Reads OFAC's legacy CSV sets: the SDN list (sdn.csv, add.csv, alt.csv, sdn_comments.csv) and the consolidated
 * non-SDN list (cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv).
 *
 * <p>The path is the directory of a set, or its primary file; the other three files are then read from the same
 * directory when present and are optional (a dated snapshot of sdn.csv alone parses). The files have no header,
 * write {@code -0-} for an empty field, end with a 0x1A byte and are Windows-1252 text.
 *
 * <p>The remarks of an entry (its sdn.csv Remarks, continued by sdn_comments.csv where OFAC cut them at 1,000
 * characters) are kept whole in {@link Entity#remarks()}, followed by the title and the vessel columns that have no
 * field of their own; the facts they state are extracted by {@link OfacRemarks}. Address rows without any content
 * (OFAC writes {@code -0-} in every column for an entry with no known address) are skipped. Rows of add.csv,
 * alt.csv and sdn_comments.csv whose ent_num is not in the primary file are reported as problems.
 */
public final class OfacCsvParser implements ListParser {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Pattern PROGRAM_SEPARATOR = Pattern.compile("\\]\\s*\\[");
    private static final String[] PRIMARY_COLUMNS = {
        "ent_num",
        "SDN_Name",
        "SDN_Type",
        "Program",
        "Title",
        "Call_Sign",
        "Vess_type",
        "Tonnage",
        "GRT",
        "Vess_flag",
        "Vess_owner",
        "Remarks"
    };

    private final ListFormat format;
    private final String primary;
    private final String addresses;
    private final String aliases;
    private final String comments;

    private OfacCsvParser(ListFormat format, String primary, String addresses, String aliases, String comments) {
        this.format = format;
        this.primary = primary;
        this.addresses = addresses;
        this.aliases = aliases;
        this.comments = comments;
    }

    /** The parser of the SDN set (format {@code ofac-csv}, source {@code us_ofac_sdn}). */
    public static OfacCsvParser sdn() {
        return new OfacCsvParser(ListFormat.OFAC_CSV, "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
    }

    /** The parser of the consolidated non-SDN set (format {@code ofac-cons-csv}, source {@code us_ofac_cons}). */
    public static OfacCsvParser consolidated() {
        return new OfacCsvParser(
                ListFormat.OFAC_CONS_CSV, "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        Path primaryFile;
        Path dir;
        if (Files.isDirectory(path)) {
            dir = path;
            primaryFile = find(dir, primary)
                    .orElseThrow(() -> new ListParseException(name(path) + ": the directory holds no " + primary
                            + " (an OFAC " + format.code() + " set needs it)"));
        } else if (Files.isRegularFile(path)) {
            primaryFile = path;
            dir = path.toAbsolutePath().getParent();
        } else {
            throw new ListParseException(name(path) + ": no such file or directory");
        }
        Run run = new Run(options);
        run.readPrimary(primaryFile);
        Optional<Path> commentFile = find(dir, comments);
        if (commentFile.isPresent()) {
            run.readComments(commentFile.get());
        }
        Optional<Path> aliasFile = find(dir, aliases);
        if (aliasFile.isPresent()) {
            run.readAliases(aliasFile.get());
        }
        Optional<Path> addressFile = find(dir, addresses);
        if (addressFile.isPresent()) {
            run.readAddresses(addressFile.get());
        }
        List<Entity> entities = run.build(name(primaryFile));
        ListMetadata meta =
                new ListMetadata(run.source, format, name(primaryFile), Optional.empty(), run.primaryRecords, -1);
        return new ParsedList(meta, entities, run.problems.list(), run.problems.count());
    }

    /** Finds a file of the set in a directory, ignoring case (the newer service writes SDN.CSV). */
    private static Optional<Path> find(Path dir, String fileName) throws ListParseException {
        if (dir == null) {
            return Optional.empty();
        }
        Path exact = dir.resolve(fileName);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                if (p.getFileName().toString().equalsIgnoreCase(fileName) && Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        } catch (IOException e) {
            throw new ListParseException(name(dir) + ": cannot be listed: " + e.getMessage(), e);
        }
        return Optional.empty();
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    /** OFAC's empty marker {@code -0-} (often with a trailing space) and blank fields are the empty string. */
    static String value(String field) {
        String t = field == null ? "" : field.strip();
        return t.equals("-0-") ? "" : t;
    }

    /** The state of one parse: the entries read so far, keyed by ent_num in file order. */
    private final class Run {
        final ParseOptions options;
        final Problems problems;
        final String source;
        final Map<String, Pending> entries = new LinkedHashMap<>();
        final OfacCountry countries = new OfacCountry();
        int primaryRecords;

        Run(ParseOptions options) {
            this.options = options;
            this.problems = new Problems(options);
            this.source = options.sourceOr(format.defaultSource());
        }

        void readPrimary(Path file) throws ListParseException {
            String f = name(file);
            try (InputStream in = InputFiles.open(file, options.maxBytes());
                    CsvReader csv = new CsvReader(in, CP1252)) {
                List<String> row;
                while ((row = csv.next()) != null) {
                    int line = csv.line();
                    if (line == 1 && row.get(0).strip().equalsIgnoreCase("ent_num")) {
                        // OFAC's files have no header, but a copy saved from a spreadsheet may
                        continue;
                    }
                    primaryRecords++;
                    if (row.size() < PRIMARY_COLUMNS.length) {
                        problems.report(
                                f,
                                "line " + line,
                                "expected " + PRIMARY_COLUMNS.length + " fields (" + String.join(", ", PRIMARY_COLUMNS)
                                        + ") but found " + row.size());
                        continue;
                    }
                    String entNum = entNum(f, line, row.get(0));
                    if (entNum == null) {
                        continue;
                    }
                    Pending earlier = entries.get(entNum);
                    if (earlier != null) {
                        problems.report(
                                f,
                                "line " + line + ", field 1 (ent_num)",
                                "ent_num " + entNum + " already appeared on line " + earlier.line + "; row skipped");
                        continue;
                    }
                    String name = value(row.get(1));
                    if (name.isEmpty()) {
                        problems.report(f, "line " + line + ", field 2 (SDN_Name)", "the name is empty");
                        continue;
                    }
                    Pending p = new Pending(Entity.builder(source, entNum), line, name);
                    p.b.name(name, NameKind.PRIMARY);
                    p.b.type(type(f, line, row.get(2)));
                    for (String program : PROGRAM_SEPARATOR.split(value(row.get(3)))) {
                        p.b.program(program.replace("[", "").replace("]", "").strip());
                    }
                    p.title = value(row.get(4));
                    p.callSign = value(row.get(5));
                    p.vesselType = value(row.get(6));
                    p.tonnage = value(row.get(7));
                    p.grt = value(row.get(8));
                    p.flag = value(row.get(9));
                    p.owner = value(row.get(10));
                    p.remarks.append(value(row.get(11)));
                    entries.put(entNum, p);
                }
            } catch (IOException e) {
                throw new ListParseException(f + ": cannot be read: " + e.getMessage(), e);
            }
        }

        private EntityType type(String f, int line, String field) throws ListParseException {
            String t = value(field).toLowerCase(Locale.ROOT);
            switch (t) {
                case "":
                    return EntityType.ORGANIZATION;
                case "individual":
                    return EntityType.PERSON;
                case "vessel":
                    return EntityType.VESSEL;
                case "aircraft":
                    return EntityType.AIRCRAFT;
                default:
                    problems.report(
                            f,
                            "line " + line + ", field 3 (SDN_Type)",
                            "unknown type '" + value(field)
                                    + "' (expected individual, vessel, aircraft or -0-); read as" + " other");
                    return EntityType.OTHER;
            }
        }

        /** The ent_num of a row, or null (after reporting) when it is not a number. */
        private String entNum(String f, int line, String field) throws ListParseException {
            String n = value(field);
            if (n.isEmpty() || !n.chars().allMatch(c -> c >= '0' && c <= '9') || n.length() > 12) {
                problems.report(f, "line " + line + ", field 1 (ent_num)", "'" + n + "' is not an ent_num");
                return null;
            }
            return n;
        }

        /** The entry a secondary row belongs to, or null (after reporting) when it is an orphan or malformed. */
        private Pending owner(String f, int line, List<String> row, int minFields, String columns)
                throws ListParseException {
            if (row.size() < minFields) {
                problems.report(
                        f,
                        "line " + line,
                        "expected at least " + minFields + " fields (" + columns + ") but found " + row.size());
                return null;
            }
            String entNum = entNum(f, line, row.get(0));
            if (entNum == null) {
                return null;
            }
            Pending p = entries.get(entNum);
            if (p == null) {
                problems.report(
                        f, "line " + line + ", field 1 (ent_num)", "ent_num " + entNum + " is not in " + primary);
            }
            return p;
        }

        void readComments(Path file) throws ListParseException {
            String f = name(file);
            try (InputStream in = InputFiles.open(file, options.maxBytes());
                    CsvReader csv = new CsvReader(in, CP1252)) {
                List<String> row;
                while ((row = csv.next()) != null) {
                    Pending p = owner(f, csv.line(), row, 2, "ent_num, remarks_extended");
                    if (p != null && !value(row.get(1)).isEmpty()) {
                        // the continuation starts exactly where OFAC cut the remarks, often inside a word
                        p.remarks.append(row.get(1));
                    }
                }
            } catch (IOException e) {
                throw new ListParseException(f + ": cannot be read: " + e.getMessage(), e);
            }
        }

        void readAliases(Path file) throws ListParseException {
            String f = name(file);
            try (InputStream in = InputFiles.open(file, options.maxBytes());
                    CsvReader csv = new CsvReader(in, CP1252)) {
                List<String> row;
                while ((row = csv.next()) != null) {
                    int line = csv.line();
                    Pending p = owner(f, line, row, 4, "ent_num, alt_num, alt_type, alt_name, alt_remarks");
                    if (p == null) {
                        continue;
                    }
                    String altName = value(row.get(3));
                    if (altName.isEmpty()) {
                        problems.report(f, "line " + line + ", field 4 (alt_name)", "the alias is empty");
                        continue;
                    }
                    String altType = value(row.get(2)).toLowerCase(Locale.ROOT).replace(".", "");
                    String altRemarks = row.size() > 4 ? value(row.get(4)).toLowerCase(Locale.ROOT) : "";
                    NameKind kind;
                    switch (altType) {
                        case "aka", "nka" -> kind = NameKind.STRONG_ALIAS;
                        case "fka" -> kind = NameKind.FORMER_NAME;
                        default -> {
                            problems.report(
                                    f,
                                    "line " + line + ", field 3 (alt_type)",
                                    "unknown alias type '" + value(row.get(2)) + "' (expected aka, fka or nka); read as"
                                            + " a.k.a.");
                            kind = NameKind.STRONG_ALIAS;
                        }
                    }
                    if (altType.contains("weak") || altRemarks.contains("weak")) {
                        kind = NameKind.WEAK_ALIAS;
                    }
                    p.b.name(altName, kind);
                }
            } catch (IOException e) {
                throw new ListParseException(f + ": cannot be read: " + e.getMessage(), e);
            }
        }

        void readAddresses(Path file) throws ListParseException {
            String f = name(file);
            try (InputStream in = InputFiles.open(file, options.maxBytes());
                    CsvReader csv = new CsvReader(in, CP1252)) {
                List<String> row;
                while ((row = csv.next()) != null) {
                    Pending p = owner(
                            f,
                            csv.line(),
                            row,
                            5,
                            "ent_num, add_num, address, city/state/province/postal code, country, add_remarks");
                    if (p == null) {
                        continue;
                    }
                    String street = value(row.get(2));
                    CityLine city = CityLine.parse(value(row.get(3)));
                    String countryText = value(row.get(4));
                    List<String> lines = new ArrayList<>(2);
                    lines.add(street);
                    if (row.size() > 5) {
                        // never filled in OFAC's files so far; kept as a line so nothing is dropped
                        lines.add(value(row.get(5)));
                    }
                    Address a = new Address(
                            lines,
                            city.city(),
                            city.region(),
                            city.postalCode(),
                            countries.code(countryText),
                            countryText);
                    if (!a.isEmpty()) {
                        p.b.address(a);
                    }
                }
            } catch (IOException e) {
                throw new ListParseException(f + ": cannot be read: " + e.getMessage(), e);
            }
        }

        List<Entity> build(String f) throws ListParseException {
            Set<String> listed = new HashSet<>(entries.size() * 2);
            for (Pending p : entries.values()) {
                listed.add(p.primaryName);
            }
            List<Entity> out = new ArrayList<>(entries.size());
            for (Pending p : entries.values()) {
                String remarks = p.remarks.toString().strip();
                OfacRemarks.extract(remarks, p.b, countries, listed::contains);
                StringBuilder all = new StringBuilder(remarks);
                appendFact(all, "Title", p.title);
                appendFact(all, "Vessel Type", p.vesselType);
                appendFact(all, "Tonnage", p.tonnage);
                appendFact(all, "GRT", p.grt);
                appendFact(all, "Vessel Flag", p.flag);
                appendFact(all, "Vessel Owner", p.owner);
                p.b.remark(all.toString());
                if (!p.callSign.isEmpty()) {
                    OfacRemarks.identifier(IdentifierType.CALL_SIGN, "Call Sign", p.callSign, "")
                            .ifPresent(p.b::identifier);
                }
                if (!p.flag.isEmpty()) {
                    // a vessel's flag is its nationality
                    String code = countries.code(p.flag);
                    p.b.nationality(code.isEmpty() ? p.flag : code);
                }
                if (!p.owner.isEmpty()) {
                    p.b.link(new Link(LinkKind.OWNED_BY, p.owner, "Vessel Owner"));
                }
                try {
                    out.add(p.b.build());
                } catch (IllegalArgumentException e) {
                    problems.report(f, "line " + p.line, "entry " + p.b.sourceRef() + " is invalid: " + e.getMessage());
                }
            }
            return out;
        }

        private void appendFact(StringBuilder b, String label, String value) {
            if (!value.isEmpty()) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(label).append(": ").append(value);
            }
        }
    }

    /** One entry while its rows are gathered from the four files. */
    private static final class Pending {
        final Entity.Builder b;
        final int line;
        final String primaryName;
        final StringBuilder remarks = new StringBuilder();
        String title = "";
        String callSign = "";
        String vesselType = "";
        String tonnage = "";
        String grt = "";
        String flag = "";
        String owner = "";

        Pending(Entity.Builder b, int line, String primaryName) {
            this.b = b;
            this.line = line;
            this.primaryName = primaryName;
        }
    }
}
