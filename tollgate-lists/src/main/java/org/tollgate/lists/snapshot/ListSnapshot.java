package org.tollgate.lists.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tollgate.lists.json.EntityJson;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ParsedList;

/**
 * One source's entities at one point in time, immutable and identified by a SHA-256 hash of their content.
 *
 * <p>The hash is taken over the canonical JSON of every entity ({@link EntityJson#canonical(Entity)}), sorted
 * by entity id, so the same list content always hashes the same whatever the row order of the file.
 *
 * @param source the source id
 * @param entities the entities, sorted by id
 * @param sha256 hex SHA-256 of the canonical content
 * @param fetchedAt when the content was fetched (or read from disk)
 * @param publishedAt the publication date the list states, if any
 * @param origin where it came from: the official URL or the local file name
 * @param problemCount the number of parse problems met while reading it
 */
public record ListSnapshot(
        String source,
        List<Entity> entities,
        String sha256,
        Instant fetchedAt,
        Optional<LocalDate> publishedAt,
        String origin,
        int problemCount) {

    public ListSnapshot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        entities = List.copyOf(entities);
        publishedAt = publishedAt == null ? Optional.empty() : publishedAt;
        origin = origin == null ? "" : origin;
    }

    /**
     * Makes a snapshot of a parsed list. Entities with the same id are an error of the parser, not of the
     * list, so they are rejected here.
     */
    public static ListSnapshot of(ParsedList parsed, Instant fetchedAt, String origin) {
        return of(
                parsed.source(),
                parsed.entities(),
                fetchedAt,
                parsed.metadata().publishedAt(),
                origin,
                parsed.problemCount());
    }

    /** Makes a snapshot from entities, computing the content hash. */
    public static ListSnapshot of(
            String source,
            List<Entity> entities,
            Instant fetchedAt,
            Optional<LocalDate> publishedAt,
            String origin,
            int problemCount) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(Entity::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException(
                        "duplicate entity id " + sorted.get(i).id());
            }
        }
        return new ListSnapshot(source, sorted, hash(sorted), fetchedAt, publishedAt, origin, problemCount);
    }

    /** The SHA-256 over the canonical lines of entities already sorted by id. */
    static String hash(List<Entity> sortedEntities) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        for (Entity e : sortedEntities) {
            md.update(EntityJson.canonical(e).getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The entities keyed by id, in id order. */
    public Map<String, Entity> byId() {
        Map<String, Entity> m = new LinkedHashMap<>();
        for (Entity e : entities) {
            m.put(e.id(), e);
        }
        return m;
    }

    /** The first 12 hex digits of the hash, for display and file names. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
