package org.tollgate.geo.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.ip.RangeTable;
import org.tollgate.lists.parse.ParseProblem;

/**
 * The Tor exit nodes, from a file in the format of the Tor Project's bulk exit list (one address per line;
 * {@code #} starts a comment). Lines of the TorDNSEL {@code exit-addresses} format ({@code ExitAddress <ip> <date>
 * <time>}) are read too, and the other lines of that format are ignored. A line that is neither is recorded in
 * {@link #problems()} and skipped.
 */
public final class TorExitList {
    private final RangeTable addresses;
    private final int size;
    private final String source;
    private final List<ParseProblem> problems;

    private TorExitList(RangeTable addresses, int size, String source, List<ParseProblem> problems) {
        this.addresses = addresses;
        this.size = size;
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** No Tor exit list configured: nothing is flagged. */
    public static TorExitList none() {
        return new TorExitList(RangeTable.builder().build(), 0, "none", List.of());
    }

    /**
     * Reads an exit list.
     *
     * @throws GeoException when the file cannot be read
     */
    public static TorExitList load(Path file) throws GeoException {
        RangeTable.Builder builder = RangeTable.builder();
        List<ParseProblem> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        int count = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                String candidate = content;
                if (content.startsWith("ExitAddress ")) {
                    candidate = content.split("\\s+")[1];
                } else if (content.startsWith("ExitNode ")
                        || content.startsWith("Published ")
                        || content.startsWith("LastStatus ")) {
                    continue;
                }
                Optional<IpAddress> ip = IpAddress.tryParse(candidate);
                if (ip.isEmpty()) {
                    problems.add(new ParseProblem(name, "line " + n, "not an IP address: '" + content + "'"));
                    continue;
                }
                builder.add(ip.get(), 0);
                count++;
            }
        } catch (IOException e) {
            throw new GeoException(file + ": cannot read the Tor exit list: " + e.getMessage(), e);
        }
        RangeTable table = builder.build();
        return new TorExitList(table, table.ipv4Size() + table.ipv6Size(), name, problems);
    }

    /** Whether the address is a listed Tor exit. */
    public boolean contains(IpAddress ip) {
        return size > 0 && addresses.find(ip) != RangeTable.NONE;
    }

    /** The number of distinct exit addresses. */
    public int size() {
        return size;
    }

    /** The file's name, or {@code none}. */
    public String source() {
        return source;
    }

    /** Lines that were not addresses. */
    public List<ParseProblem> problems() {
        return problems;
    }
}
