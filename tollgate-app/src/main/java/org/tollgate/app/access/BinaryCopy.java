package org.tollgate.app.access;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tollgate.geo.ip.IpAddress;

/**
 * Rows in PostgreSQL's binary COPY format (the "Binary Format" section of the COPY documentation): a signature and
 * header, then per row a field count and each field as its length and bytes in the type's binary send form, then a
 * trailer. Only the types the access log needs.
 */
final class BinaryCopy {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** PostgreSQL's epoch for times, 2000-01-01T00:00:00Z, in microseconds since the Unix epoch. */
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;

    private static final int TEXT_OID = 25;

    private final ByteArrayOutputStream bytes;
    private final DataOutputStream out;

    BinaryCopy(int expectedBytes) {
        bytes = new ByteArrayOutputStream(Math.max(64, expectedBytes));
        out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags: no OIDs
            out.writeInt(0); // no header extension
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long micros(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000) - PG_EPOCH_MICROS;
    }

    /** Starts a row of {@code n} fields. */
    void fields(int n) {
        io(() -> out.writeShort(n));
    }

    void uuid(UUID u) {
        io(() -> {
            out.writeInt(16);
            out.writeLong(u.getMostSignificantBits());
            out.writeLong(u.getLeastSignificantBits());
        });
    }

    /** A timestamptz, as microseconds since 2000-01-01 UTC. */
    void timestamp(long pgMicros) {
        io(() -> {
            out.writeInt(8);
            out.writeLong(pgMicros);
        });
    }

    /** An inet host address: family, prefix bits, is-cidr, address length, address bytes. */
    void inet(IpAddress ip) {
        io(() -> {
            if (ip.ipv4()) {
                out.writeInt(8);
                out.writeByte(2); // PGSQL_AF_INET
                out.writeByte(32);
                out.writeByte(0);
                out.writeByte(4);
                out.writeInt(ip.ipv4Bits());
            } else {
                out.writeInt(20);
                out.writeByte(3); // PGSQL_AF_INET6
                out.writeByte(128);
                out.writeByte(0);
                out.writeByte(16);
                out.writeLong(ip.high());
                out.writeLong(ip.low());
            }
        });
    }

    void text(@Nullable String s) {
        io(() -> {
            if (s == null) {
                out.writeInt(-1);
            } else {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
        });
    }

    void float8(@Nullable Double d) {
        io(() -> {
            if (d == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(8);
                out.writeDouble(d);
            }
        });
    }

    /** A one-dimensional text[] without nulls (an empty one has no dimension). */
    void textArray(List<String> values) {
        io(() -> {
            byte[][] elements = new byte[values.size()][];
            int length = values.isEmpty() ? 12 : 20;
            for (int i = 0; i < elements.length; i++) {
                elements[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
                length += 4 + elements[i].length;
            }
            out.writeInt(length);
            out.writeInt(values.isEmpty() ? 0 : 1); // dimensions
            out.writeInt(0); // no nulls
            out.writeInt(TEXT_OID);
            if (!values.isEmpty()) {
                out.writeInt(values.size());
                out.writeInt(1); // lower bound
                for (byte[] e : elements) {
                    out.writeInt(e.length);
                    out.write(e);
                }
            }
        });
    }

    /** The trailer written, the whole stream to send. */
    InputStream finish() {
        io(() -> out.writeShort(-1));
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void io(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }
}
