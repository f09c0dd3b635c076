package org.tollgate.geo.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tollgate.geo.ip.IpAddress;

/**
 * A minimal MMDB writer for tests (no Maven artifact writes MMDB files): builds the binary search tree, the data
 * section and the metadata of the MaxMind DB format 2.0 from networks and their records. Records are maps of
 * strings, doubles, integers, booleans, lists and maps. IPv4 networks in an IPv6 database go under {@code ::/96},
 * as MaxMind's own writer puts them.
 */
public final class MmdbWriter {
    private static final byte[] METADATA_MARKER = {
        (byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'
    };

    private final int ipVersion;
    private final int recordSize;
    private final String databaseType;
    private final Node root = new Node();
    private final Map<Object, Integer> dataOffsets = new HashMap<>();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    /** Something a tree record points at: a node, a record (by data offset), or nothing (null). */
    private static final class Node {
        Object left;
        Object right;
    }

    private record Data(int offset) {}

    public MmdbWriter(int ipVersion, int recordSize, String databaseType) {
        if (ipVersion != 4 && ipVersion != 6) {
            throw new IllegalArgumentException("ipVersion 4 or 6");
        }
        if (recordSize != 24 && recordSize != 28 && recordSize != 32) {
            throw new IllegalArgumentException("record size 24, 28 or 32");
        }
        this.ipVersion = ipVersion;
        this.recordSize = recordSize;
        this.databaseType = databaseType;
    }

    /** Adds a network such as {@code 217.147.8.0/22} or {@code 2a01:5ec0::/29} with its record. */
    public MmdbWriter insert(String cidr, Map<String, ?> record) {
        String[] parts = cidr.split("/");
        IpAddress net = IpAddress.tryParse(parts[0]).orElseThrow(() -> new IllegalArgumentException(cidr));
        int prefix = Integer.parseInt(parts[1]);
        boolean[] bits;
        if (net.ipv4()) {
            if (ipVersion == 6) {
                bits = new boolean[96 + prefix];
                for (int i = 0; i < prefix; i++) {
                    bits[96 + i] = ((net.ipv4Bits() >>> (31 - i)) & 1) == 1;
                }
            } else {
                bits = new boolean[prefix];
                for (int i = 0; i < prefix; i++) {
                    bits[i] = ((net.ipv4Bits() >>> (31 - i)) & 1) == 1;
                }
            }
        } else {
            if (ipVersion == 4) {
                throw new IllegalArgumentException("IPv6 network in an IPv4 database: " + cidr);
            }
            bits = new boolean[prefix];
            for (int i = 0; i < prefix; i++) {
                long half = i < 64 ? net.high() : net.low();
                bits[i] = ((half >>> (63 - (i % 64))) & 1) == 1;
            }
        }
        Data leaf = new Data(store(record));
        Node node = root;
        for (int i = 0; i < bits.length - 1; i++) {
            Object child = bits[i] ? node.right : node.left;
            Node next;
            if (child instanceof Node n) {
                next = n;
            } else {
                // Split a leaf (or nothing) so that a more specific network can go below it.
                next = new Node();
                next.left = child;
                next.right = child;
                if (bits[i]) {
                    node.right = next;
                } else {
                    node.left = next;
                }
            }
            node = next;
        }
        if (bits.length == 0) {
            throw new IllegalArgumentException("a /0 network is not supported");
        }
        if (bits[bits.length - 1]) {
            node.right = leaf;
        } else {
            node.left = leaf;
        }
        return this;
    }

    /** The database file as bytes. */
    public byte[] toBytes(long buildEpoch, String description) {
        // Number the nodes breadth-first.
        List<Node> nodes = new ArrayList<>();
        Map<Node, Integer> index = new IdentityHashMap<>();
        ArrayDeque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            if (index.containsKey(n)) {
                continue;
            }
            index.put(n, nodes.size());
            nodes.add(n);
            if (n.left instanceof Node l) {
                queue.add(l);
            }
            if (n.right instanceof Node r) {
                queue.add(r);
            }
        }
        int nodeCount = nodes.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Node n : nodes) {
            long left = recordValue(n.left, index, nodeCount);
            long right = recordValue(n.right, index, nodeCount);
            switch (recordSize) {
                case 24 -> {
                    writeBytes(out, left, 3);
                    writeBytes(out, right, 3);
                }
                case 28 -> {
                    writeBytes(out, left & 0xffffff, 3);
                    out.write((int) (((left >>> 24) & 0x0f) << 4 | ((right >>> 24) & 0x0f)));
                    writeBytes(out, right & 0xffffff, 3);
                }
                default -> {
                    writeBytes(out, left, 4);
                    writeBytes(out, right, 4);
                }
            }
        }
        out.writeBytes(new byte[16]);
        out.writeBytes(data.toByteArray());
        out.writeBytes(METADATA_MARKER);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("binary_format_major_version", new Uint16(2));
        metadata.put("binary_format_minor_version", new Uint16(0));
        metadata.put("build_epoch", new Uint64(buildEpoch));
        metadata.put("database_type", databaseType);
        metadata.put("description", Map.of("en", description));
        metadata.put("ip_version", new Uint16(ipVersion));
        metadata.put("languages", List.of("en"));
        metadata.put("node_count", new Uint32(nodeCount));
        metadata.put("record_size", new Uint16(recordSize));
        encode(out, metadata);
        return out.toByteArray();
    }

    /** Writes the database to a file. */
    public Path write(Path file, long buildEpoch, String description) throws IOException {
        Files.write(file, toBytes(buildEpoch, description));
        return file;
    }

    private static long recordValue(Object child, Map<Node, Integer> index, int nodeCount) {
        if (child == null) {
            return nodeCount;
        }
        if (child instanceof Node n) {
            return index.get(n);
        }
        return nodeCount + 16L + ((Data) child).offset();
    }

    private int store(Object record) {
        Integer known = dataOffsets.get(record);
        if (known != null) {
            return known;
        }
        int offset = data.size();
        encode(data, record);
        dataOffsets.put(record, offset);
        return offset;
    }

    // ---- the data section's encoding

    /** Integer types the metadata needs exactly. */
    private record Uint16(int value) {}

    private record Uint32(long value) {}

    private record Uint64(long value) {}

    private static void encode(ByteArrayOutputStream out, Object value) {
        if (value instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            control(out, 2, b.length);
            out.writeBytes(b);
        } else if (value instanceof Double d) {
            control(out, 3, 8);
            writeBytes(out, Double.doubleToLongBits(d), 8);
        } else if (value instanceof Float f) {
            control(out, 15, 4);
            writeBytes(out, Float.floatToIntBits(f) & 0xffff_ffffL, 4);
        } else if (value instanceof Uint16 u) {
            unsigned(out, 5, u.value());
        } else if (value instanceof Uint32 u) {
            unsigned(out, 6, u.value());
        } else if (value instanceof Uint64 u) {
            unsigned(out, 9, u.value());
        } else if (value instanceof Integer i) {
            if (i < 0) {
                control(out, 8, 4);
                writeBytes(out, i & 0xffff_ffffL, 4);
            } else {
                unsigned(out, 6, i);
            }
        } else if (value instanceof Long l) {
            unsigned(out, 9, l);
        } else if (value instanceof Boolean b) {
            control(out, 14, b ? 1 : 0);
        } else if (value instanceof Map<?, ?> m) {
            control(out, 7, m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                encode(out, e.getKey().toString());
                encode(out, e.getValue());
            }
        } else if (value instanceof List<?> l) {
            control(out, 11, l.size());
            for (Object o : l) {
                encode(out, o);
            }
        } else {
            throw new IllegalArgumentException("cannot encode " + value);
        }
    }

    private static void unsigned(ByteArrayOutputStream out, int type, long v) {
        int size = 0;
        for (long x = v; x != 0; x >>>= 8) {
            size++;
        }
        control(out, type, size);
        writeBytes(out, v, size);
    }

    /** A control byte (and extended type byte and size bytes) for a value of a type and size. */
    private static void control(ByteArrayOutputStream out, int type, int size) {
        int typeBits = type <= 7 ? type << 5 : 0;
        if (size < 29) {
            out.write(typeBits | size);
            extended(out, type);
        } else if (size < 29 + 256) {
            out.write(typeBits | 29);
            extended(out, type);
            out.write(size - 29);
        } else if (size < 285 + 65536) {
            out.write(typeBits | 30);
            extended(out, type);
            writeBytes(out, size - 285, 2);
        } else {
            out.write(typeBits | 31);
            extended(out, type);
            writeBytes(out, size - 65821, 3);
        }
    }

    private static void extended(ByteArrayOutputStream out, int type) {
        if (type > 7) {
            out.write(type - 7);
        }
    }

    private static void writeBytes(ByteArrayOutputStream out, long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }
}
