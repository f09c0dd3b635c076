package org.tollgate.geo.mmdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.maxmind.db.Metadata;
import com.maxmind.db.Reader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.ip.IpAddress;

/**
 * One MMDB file opened for fast lookups.
 *
 * <p>The {@code com.maxmind.db} reader decodes the records and supplies the metadata. The search tree is walked
 * here, over the same file mapped read-only, for speed: a table indexed by the first 20 bits of an IPv4 address
 * (16 of an IPv6 address; 4 MiB and 256 KiB) holds the tree node reached after those bits, so a lookup starts 20
 * levels down, and each
 * decoded record is cached by its record value (its place in the data section), so a warm lookup decodes nothing.
 * Measured on a GeoLite2-based city tree of 3.7 million nodes, the reader's own {@code get} managed about 0.5
 * million lookups per second with a cache; this walk does several million (see the README's geo section).
 */
public final class MmdbFile implements Closeable {
    private static final int IPV4_JUMP_BITS = 20;
    private static final int IPV6_JUMP_BITS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Reader reader;
    private final ByteBuffer tree;
    private final int nodeCount;
    private final int recordSize;
    private final long dataLimit;
    private final int ipVersion;
    private final int ipv4Root;
    /** Built on the first IPv4 lookup: an IPv6 file next to an IPv4 file is never asked about IPv4. */
    private volatile int[] ipv4Jump;

    private final int[] ipv6Jump;
    private final OffsetCache cache = new OffsetCache();
    private final DatabaseVersion version;

    private MmdbFile(Path file, String role) throws IOException, GeoException {
        this.file = file;
        this.reader = new Reader(file.toFile());
        try {
            Metadata m = reader.getMetadata();
            this.recordSize = m.recordSize();
            if (recordSize != 24 && recordSize != 28 && recordSize != 32) {
                throw new GeoException(file + ": unsupported MMDB record size " + recordSize);
            }
            if (m.nodeCount() <= 0 || m.nodeCount() >= Integer.MAX_VALUE / 8) {
                throw new GeoException(file + ": unsupported MMDB node count " + m.nodeCount());
            }
            this.nodeCount = (int) m.nodeCount();
            this.ipVersion = m.ipVersion();
            long treeBytes = (long) nodeCount * recordSize / 4;
            long size = Files.size(file);
            if (size > Integer.MAX_VALUE) {
                throw new GeoException(file + ": MMDB files over 2 GiB are not supported");
            }
            if (treeBytes + 16 > size) {
                throw new GeoException(file + ": search tree of " + nodeCount + " nodes does not fit in the file");
            }
            try (FileChannel ch = FileChannel.open(file)) {
                this.tree = ch.map(FileChannel.MapMode.READ_ONLY, 0, treeBytes);
            }
            this.dataLimit = (long) nodeCount + 16 + (size - treeBytes - 16);
            int root = 0;
            if (ipVersion == 6) {
                // IPv4 addresses live under ::/96 in an IPv6 tree.
                for (int i = 0; i < 96 && root < nodeCount; i++) {
                    root = record(root, 0);
                }
                this.ipv6Jump = jumpTable(0, IPV6_JUMP_BITS);
            } else {
                this.ipv6Jump = null;
            }
            this.ipv4Root = root;
            this.version = new DatabaseVersion(
                    role,
                    file.getFileName().toString(),
                    m.databaseType() == null ? "" : m.databaseType(),
                    m.buildEpoch().longValue(),
                    m.buildTime(),
                    description(m.description()),
                    ipVersion,
                    packageSource(file));
        } catch (IOException | GeoException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Opens an MMDB file.
     *
     * @param role what it is used for ({@code country}, {@code city}), recorded in its {@link DatabaseVersion}
     * @throws GeoException when the file is missing or is not a readable MMDB database
     */
    public static MmdbFile open(Path file, String role) throws GeoException {
        if (!Files.isRegularFile(file)) {
            throw new GeoException(file + ": no such MMDB file");
        }
        try {
            return new MmdbFile(file, role);
        } catch (IOException | RuntimeException e) {
            throw new GeoException(file + ": not a readable MMDB database: " + e.getMessage(), e);
        }
    }

    /** 4 when the tree holds only IPv4 addresses, 6 when it holds IPv6 (and IPv4 under {@code ::/96}). */
    public int ipVersion() {
        return ipVersion;
    }

    /** Which file this is. */
    public DatabaseVersion version() {
        return version;
    }

    /** The file's path. */
    public Path path() {
        return file;
    }

    /**
     * What the database says about this address; {@link Location#NONE} when it has no record (or the address is
     * IPv6 and this is an IPv4-only file).
     *
     * @throws GeoException when the file turns out to be corrupt
     */
    public Location lookup(IpAddress ip) throws GeoException {
        int rec;
        if (ip.ipv4()) {
            rec = walkIpv4(ip.ipv4Bits());
        } else if (ipv6Jump != null) {
            rec = walkIpv6(ip.high(), ip.low());
        } else {
            return Location.NONE;
        }
        if (rec == nodeCount) {
            return Location.NONE;
        }
        if (rec < nodeCount || rec >= dataLimit) {
            throw new GeoException(file + ": corrupt search tree (record " + rec + " for " + ip + ")");
        }
        Location cached = cache.get(rec);
        return cached != null ? cached : decode(ip, rec);
    }

    private Location decode(IpAddress ip, int rec) throws GeoException {
        Map<?, ?> record;
        try {
            record = reader.get(ip.toInetAddress(), Map.class);
        } catch (IOException | RuntimeException e) {
            throw new GeoException(file + ": cannot decode the record for " + ip + ": " + e.getMessage(), e);
        }
        Location location = RecordLayout.toLocation(record);
        cache.put(rec, location);
        return location;
    }

    /** The number of distinct records decoded so far. */
    public int cachedRecords() {
        return cache.size();
    }

    private int walkIpv4(int bits) {
        int[] jump = ipv4Jump;
        if (jump == null) {
            jump = ipv4JumpTable();
        }
        int node = jump[bits >>> (32 - IPV4_JUMP_BITS)];
        for (int i = 31 - IPV4_JUMP_BITS; i >= 0 && node < nodeCount; i--) {
            node = record(node, (bits >>> i) & 1);
        }
        return node;
    }

    private int walkIpv6(long high, long low) {
        int node = ipv6Jump[(int) (high >>> (64 - IPV6_JUMP_BITS))];
        for (int i = 63 - IPV6_JUMP_BITS; i >= 0 && node < nodeCount; i--) {
            node = record(node, (int) (high >>> i) & 1);
        }
        for (int i = 63; i >= 0 && node < nodeCount; i--) {
            node = record(node, (int) (low >>> i) & 1);
        }
        return node;
    }

    /** The left (bit 0) or right (bit 1) record of a node. */
    private int record(int node, int bit) {
        switch (recordSize) {
            case 24: {
                int o = node * 6 + bit * 3;
                return ((tree.get(o) & 0xff) << 16) | ((tree.get(o + 1) & 0xff) << 8) | (tree.get(o + 2) & 0xff);
            }
            case 28: {
                int o = node * 7;
                int middle = tree.get(o + 3) & 0xff;
                if (bit == 0) {
                    return ((middle & 0xf0) << 20)
                            | ((tree.get(o) & 0xff) << 16)
                            | ((tree.get(o + 1) & 0xff) << 8)
                            | (tree.get(o + 2) & 0xff);
                }
                return ((middle & 0x0f) << 24)
                        | ((tree.get(o + 4) & 0xff) << 16)
                        | ((tree.get(o + 5) & 0xff) << 8)
                        | (tree.get(o + 6) & 0xff);
            }
            default:
                return tree.getInt(node * 8 + bit * 4);
        }
    }

    private synchronized int[] ipv4JumpTable() {
        if (ipv4Jump == null) {
            ipv4Jump = jumpTable(ipv4Root, IPV4_JUMP_BITS);
        }
        return ipv4Jump;
    }

    /** For every value of the first {@code bits} bits below {@code root}: the node or record reached. */
    private int[] jumpTable(int root, int bits) {
        int[] table = new int[1 << bits];
        fill(table, root, 0, 0, bits);
        return table;
    }

    private void fill(int[] table, int node, int depth, int prefix, int bits) {
        if (node >= nodeCount || depth == bits) {
            int shift = bits - depth;
            java.util.Arrays.fill(table, prefix << shift, (prefix + 1) << shift, node);
            return;
        }
        fill(table, record(node, 0), depth + 1, prefix << 1, bits);
        fill(table, record(node, 1), depth + 1, (prefix << 1) | 1, bits);
    }

    private static String description(Map<String, String> description) {
        if (description == null || description.isEmpty()) {
            return "";
        }
        String en = description.get("en");
        return en != null ? en : description.values().iterator().next();
    }

    /** {@code name@version} from a {@code package.json} beside the file (how the npm packages ship), or empty. */
    private static String packageSource(Path file) {
        Path pkg = file.resolveSibling("package.json");
        if (!Files.isRegularFile(pkg)) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(pkg.toFile());
            String name = json.path("name").asText("");
            String version = json.path("version").asText("");
            return name.isEmpty() ? "" : name + "@" + version;
        } catch (IOException e) {
            // The package file is informative only; an unreadable one must not stop the lookups.
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    @Override
    public String toString() {
        return "MmdbFile[" + file.getFileName() + ", " + nodeCount + " nodes, IPv" + ipVersion + "]";
    }
}
