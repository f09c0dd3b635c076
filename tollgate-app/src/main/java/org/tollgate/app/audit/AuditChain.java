package org.tollgate.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit record. The canonical form is a text of nine lines, one per field in this order: {@code seq},
 * {@code at}, {@code tenant}, {@code actor}, {@code action}, {@code subject_type}, {@code subject_id}, {@code
 * details}, {@code prev_hash}; each line is {@code <name>=<length in UTF-8 bytes>:<value>\n}. Values: {@code seq} in
 * decimal; {@code at} as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} in UTC; {@code tenant} the UUID in lower case or empty;
 * {@code details} the canonical JSON as stored. The hash is the lower-case hex SHA-256 of the UTF-8 bytes. The
 * length prefixes make the form unambiguous whatever the values contain, so anyone can recompute it from an export.
 */
public final class AuditChain {
    /** The {@code prev_hash} of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {}

    /** The canonical text of a record (see the class comment). */
    public static String canonical(
            long seq,
            Instant at,
            @Nullable UUID tenantId,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String details,
            String prevHash) {
        StringBuilder sb = new StringBuilder(256 + details.length());
        line(sb, "seq", Long.toString(seq));
        line(sb, "at", AT.format(at));
        line(sb, "tenant", tenantId == null ? "" : tenantId.toString());
        line(sb, "actor", actor);
        line(sb, "action", action);
        line(sb, "subject_type", subjectType);
        line(sb, "subject_id", subjectId);
        line(sb, "details", details);
        line(sb, "prev_hash", prevHash);
        return sb.toString();
    }

    /** SHA-256 of the canonical text, lower-case hex. */
    public static String hash(String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(name)
                .append('=')
                .append(value.getBytes(StandardCharsets.UTF_8).length)
                .append(':')
                .append(value)
                .append('\n');
    }
}
