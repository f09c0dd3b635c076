package org.tollgate.geo.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.ip.RangeTable;
import org.tollgate.lists.parse.ParseProblem;

/**
 * Which autonomous system announces an address, from the {@code @ip-location-db/asn} CSV files
 * ({@code ip_range_start, ip_range_end, autonomous_system_number, autonomous_system_organization}, inclusive ranges
 * written as addresses, one file for IPv4 and one for IPv6), joined with the curated {@link HostingAsns}.
 *
 * <p>Loading is lenient: a malformed row, or a range overlapping an earlier one (the real IPv4 file has one: two US
 * DoD networks), is recorded in {@link #problems()} with its file and line, and loading goes on. Of two overlapping
 * ranges the later row keeps its whole span.
 */
public final class AsnTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set in a range's value when its AS is a hosting network (row numbers stay far below it). */
    private static final int HOSTING_BIT = 1 << 30;

    private final RangeTable ranges;
    /** Each row's answer, made once so that a lookup allocates nothing. */
    private final Optional<AsnInfo>[] rows;

    private final List<ParseProblem> problems;
    private final List<String> sources;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    private AsnTable(RangeTable ranges, List<AsnInfo> rows, List<ParseProblem> problems, List<String> sources) {
        this.ranges = ranges;
        Map<AsnInfo, Optional<AsnInfo>> shared = new HashMap<>();
        this.rows = new Optional[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            this.rows[i] = shared.computeIfAbsent(rows.get(i), Optional::of);
        }
        this.problems = List.copyOf(problems);
        this.sources = List.copyOf(sources);
    }

    /**
     * Reads ASN CSV files.
     *
     * @throws GeoException when a file cannot be read at all
     */
    public static AsnTable load(List<Path> csvFiles, HostingAsns hosting) throws GeoException {
        Loader loader = new Loader(hosting);
        for (Path file : csvFiles) {
            loader.read(file);
        }
        return loader.finish();
    }

    /** The AS announcing this address, if the table has it. */
    public Optional<AsnInfo> find(IpAddress ip) {
        return info(row(ip));
    }

    /**
     * For the lookup path: a number for the range holding the address ({@code -1} for none) that answers
     * {@link #hosting(int)} without touching the row's objects, and {@link #info(int)}.
     */
    public int row(IpAddress ip) {
        return ranges.find(ip);
    }

    /** Whether the range found by {@link #row} belongs to a hosting network. */
    public static boolean hosting(int row) {
        return row >= 0 && (row & HOSTING_BIT) != 0;
    }

    /** The AS of the range found by {@link #row}. */
    public Optional<AsnInfo> info(int row) {
        return row < 0 ? Optional.empty() : rows[row & ~HOSTING_BIT];
    }

    /** Rows that were skipped or adjusted while loading. */
    public List<ParseProblem> problems() {
        return problems;
    }

    /** The files read, with their npm package version when known, e.g. {@code asn-ipv4.csv (@ip-location-db/asn@…)}. */
    public List<String> sources() {
        return sources;
    }

    /** The number of IPv4 and IPv6 ranges held (after overlaps were resolved). */
    public int size() {
        return ranges.ipv4Size() + ranges.ipv6Size();
    }

    /** The number of IPv4 ranges held. */
    public int ipv4Ranges() {
        return ranges.ipv4Size();
    }

    /** The number of IPv6 ranges held. */
    public int ipv6Ranges() {
        return ranges.ipv6Size();
    }

    /**
     * Parses the CSV from its bytes. The files are large (400,000 rows) and regular (addresses, a number, an
     * optionally quoted name), so a dedicated parser reads them in a fraction of the time a general CSV reader
     * takes; quoting follows RFC 4180 within a line.
     */
    private static final class Loader {
        private static final long MAX_BYTES = 512L << 20;

        private final HostingAsns hosting;
        private final RangeTable.Builder builder = RangeTable.builder();
        private final List<AsnInfo> rows = new ArrayList<>();
        private final List<String> rowFile = new ArrayList<>();
        private final IntList rowLine = new IntList();
        private final List<ParseProblem> problems = new ArrayList<>();
        private final Map<Long, AsnInfo> byAsn = new HashMap<>();
        private final List<String> sources = new ArrayList<>();
        private final int[] fieldStart = new int[8];
        private final int[] fieldEnd = new int[8];
        private final boolean[] fieldQuoted = new boolean[8];

        Loader(HostingAsns hosting) {
            this.hosting = hosting;
        }

        void read(Path file) throws GeoException {
            String name = file.getFileName().toString();
            byte[] buf;
            try {
                if (Files.size(file) > MAX_BYTES) {
                    throw new GeoException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB; not an ASN table");
                }
                buf = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new GeoException(file + ": cannot read the ASN table: " + e.getMessage(), e);
            }
            sources.add(name + packageVersion(file));
            int pos = 0;
            int line = 0;
            while (pos < buf.length) {
                line++;
                int eol = pos;
                while (eol < buf.length && buf[eol] != '\n') {
                    eol++;
                }
                int end = eol > pos && buf[eol - 1] == '\r' ? eol - 1 : eol;
                if (end > pos) {
                    row(buf, pos, end, name, line);
                }
                pos = eol + 1;
            }
        }

        private void row(byte[] buf, int from, int to, String file, int line) {
            int fields = split(buf, from, to);
            if (fields < 0) {
                problems.add(new ParseProblem(file, "line " + line, "unterminated quoted field"));
                return;
            }
            if (fields < 3) {
                problems.add(new ParseProblem(file, "line " + line, "expected at least 3 fields, found " + fields));
                return;
            }
            IpAddress start = address(buf, 0);
            IpAddress end = address(buf, 1);
            if (start == null || end == null) {
                problems.add(new ParseProblem(
                        file, "line " + line, "not an IP address range: " + field(buf, 0) + " - " + field(buf, 1)));
                return;
            }
            long asn = number(buf, 2);
            if (asn < 0) {
                problems.add(new ParseProblem(file, "line " + line, "not an AS number: '" + field(buf, 2) + "'"));
                return;
            }
            AsnInfo info = byAsn.get(asn);
            if (info == null) {
                String org = fields > 3 ? field(buf, 3).strip() : "";
                info = new AsnInfo(asn, org, hosting.provider(asn));
                byAsn.put(asn, info);
            }
            if (rows.size() >= HOSTING_BIT) {
                problems.add(new ParseProblem(file, "line " + line, "too many rows; the rest is ignored"));
                return;
            }
            try {
                builder.add(start, end, rows.size() | (info.hosting() ? HOSTING_BIT : 0));
            } catch (IllegalArgumentException e) {
                problems.add(new ParseProblem(file, "line " + line, e.getMessage()));
                return;
            }
            rows.add(info);
            rowFile.add(file);
            rowLine.add(line);
        }

        /** Finds the fields of a line; -1 for an unterminated quote. Fields past the eighth join the eighth. */
        private int split(byte[] buf, int from, int to) {
            int n = 0;
            int i = from;
            while (true) {
                boolean quoted = i < to && buf[i] == '"';
                int start = quoted ? i + 1 : i;
                if (quoted) {
                    i++;
                    while (true) {
                        if (i >= to) {
                            return -1;
                        }
                        if (buf[i] == '"') {
                            if (i + 1 < to && buf[i + 1] == '"') {
                                i += 2;
                                continue;
                            }
                            break;
                        }
                        i++;
                    }
                    fieldEnd[n] = i;
                    i++; // the closing quote
                    while (i < to && buf[i] != ',') {
                        i++;
                    }
                } else {
                    while (i < to && buf[i] != ',' && n < fieldStart.length - 1) {
                        i++;
                    }
                    if (n == fieldStart.length - 1) {
                        i = to;
                    }
                    fieldEnd[n] = i;
                }
                fieldStart[n] = start;
                fieldQuoted[n] = quoted;
                n++;
                if (i >= to) {
                    return n;
                }
                i++; // the comma
            }
        }

        private String field(byte[] buf, int k) {
            String s = new String(buf, fieldStart[k], fieldEnd[k] - fieldStart[k], StandardCharsets.UTF_8);
            return fieldQuoted[k] ? s.replace("\"\"", "\"") : s;
        }

        /** The address in field k; IPv4 is parsed straight from the bytes, the rest through {@link IpAddress}. */
        private IpAddress address(byte[] buf, int k) {
            int from = fieldStart[k];
            int to = fieldEnd[k];
            long value = 0;
            int part = -1;
            int parts = 0;
            for (int i = from; i < to; i++) {
                byte b = buf[i];
                if (b >= '0' && b <= '9') {
                    part = (part < 0 ? 0 : part * 10) + (b - '0');
                    if (part > 255) {
                        // Not a dotted quad (an IPv6 group such as 2001, or a bad number): the general parser decides.
                        return IpAddress.tryParse(field(buf, k)).orElse(null);
                    }
                } else if (b == '.' && part >= 0 && parts < 3) {
                    value = (value << 8) | part;
                    parts++;
                    part = -1;
                } else {
                    return IpAddress.tryParse(field(buf, k)).orElse(null);
                }
            }
            if (parts != 3 || part < 0) {
                return IpAddress.tryParse(field(buf, k)).orElse(null);
            }
            return IpAddress.ofIpv4((int) ((value << 8) | part));
        }

        private long number(byte[] buf, int k) {
            int from = fieldStart[k];
            int to = fieldEnd[k];
            while (from < to && buf[from] == ' ') {
                from++;
            }
            while (to > from && buf[to - 1] == ' ') {
                to--;
            }
            if (from == to || to - from > 10) {
                return -1;
            }
            long v = 0;
            for (int i = from; i < to; i++) {
                if (buf[i] < '0' || buf[i] > '9') {
                    return -1;
                }
                v = v * 10 + (buf[i] - '0');
            }
            return v <= 0xffff_ffffL ? v : -1;
        }

        AsnTable finish() {
            RangeTable table = builder.build();
            for (int[] overlap : builder.overlaps()) {
                int earlier = overlap[0] & ~HOSTING_BIT;
                int later = overlap[1] & ~HOSTING_BIT;
                problems.add(new ParseProblem(
                        rowFile.get(later),
                        "line " + rowLine.get(later),
                        "range overlaps the range of " + rowFile.get(earlier) + " line " + rowLine.get(earlier)
                                + "; the later row wins where they overlap"));
            }
            return new AsnTable(table, rows, problems, sources);
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }
    }

    private static String packageVersion(Path file) {
        Path pkg = file.resolveSibling("package.json");
        if (!Files.isRegularFile(pkg)) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(pkg.toFile());
            return " (" + json.path("name").asText("") + "@"
                    + json.path("version").asText("") + ")";
        } catch (IOException e) {
            // Informative only.
            return "";
        }
    }
}
