package org.tollgate.lists.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tollgate.lists.json.EntityJson;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;

/**
 * Accepted snapshots on disk, per source, the last {@code keep} versions of each, so that a service can start
 * with the last good lists and no network.
 *
 * <p>Layout: {@code <root>/<source>/<fetched-at millis>-<hash 12>.jsonl.gz}: a header line with the snapshot's
 * metadata, then one entity per line. Files are written to a temporary name and moved into place, so a crash
 * never leaves a half-written snapshot where the store would read it.
 */
public final class SnapshotStore {
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9_]{1,64}");
    private static final String SUFFIX = ".jsonl.gz";

    private final Path root;
    private final int keep;

    /**
     * @param root the store's directory (created when missing)
     * @param keep how many versions to keep per source (at least 2, so a diff always has a predecessor)
     */
    public SnapshotStore(Path root, int keep) {
        if (keep < 2) {
            throw new IllegalArgumentException("keep at least 2 versions");
        }
        this.root = root;
        this.keep = keep;
    }

    public Path root() {
        return root;
    }

    /**
     * Stores a snapshot unless the latest stored one has the same content hash, and drops versions beyond
     * {@code keep}.
     *
     * @return true when it was written, false when it duplicated the latest version
     */
    public synchronized boolean save(ListSnapshot s) throws ListParseException {
        Path dir = sourceDir(s.source());
        Optional<SnapshotInfo> latest = latestInfo(s.source());
        if (latest.isPresent() && latest.get().sha256().equals(s.sha256())) {
            return false;
        }
        try {
            Files.createDirectories(dir);
            // the file name orders versions; two snapshots fetched in the same millisecond still get distinct,
            // correctly ordered names (the header keeps the true fetch time)
            List<Path> existing = files(dir);
            long millis = s.fetchedAt().toEpochMilli();
            if (!existing.isEmpty()) {
                millis = Math.max(millis, millis(existing.get(0).getFileName().toString()) + 1);
            }
            String name = millis + "-" + s.shortHash() + SUFFIX;
            Path tmp = Files.createTempFile(dir, ".incoming-", ".tmp");
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8))) {
                w.write(header(s).toString());
                w.write('\n');
                for (Entity e : s.entities()) {
                    w.write(EntityJson.MAPPER.writeValueAsString(EntityJson.toJson(e)));
                    w.write('\n');
                }
            }
            try {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            prune(dir);
            return true;
        } catch (IOException e) {
            throw new ListParseException("cannot write snapshot of " + s.source() + ": " + e.getMessage(), e);
        }
    }

    /** The sources that have at least one stored snapshot. */
    public List<String> sources() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> SOURCE.matcher(n).matches())
                    .filter(n -> !files(root.resolve(n)).isEmpty())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored versions of a source, newest first. */
    public List<SnapshotInfo> history(String source) throws ListParseException {
        List<SnapshotInfo> out = new ArrayList<>();
        for (Path p : files(sourceDir(source))) {
            out.add(readHeader(p));
        }
        return out;
    }

    /** The newest stored version's metadata, if any. */
    public Optional<SnapshotInfo> latestInfo(String source) throws ListParseException {
        List<Path> f = files(sourceDir(source));
        return f.isEmpty() ? Optional.empty() : Optional.of(readHeader(f.get(0)));
    }

    /** Loads the newest stored snapshot of a source, if any. */
    public Optional<ListSnapshot> latest(String source) throws ListParseException {
        List<Path> f = files(sourceDir(source));
        return f.isEmpty() ? Optional.empty() : Optional.of(load(f.get(0)));
    }

    /** Loads the stored snapshot of a source with the given content hash (or hash prefix). */
    public Optional<ListSnapshot> load(String source, String sha256Prefix) throws ListParseException {
        for (Path p : files(sourceDir(source))) {
            if (readHeader(p).sha256().startsWith(sha256Prefix)) {
                return Optional.of(load(p));
            }
        }
        return Optional.empty();
    }

    private Path sourceDir(String source) throws ListParseException {
        if (!SOURCE.matcher(source).matches()) {
            throw new ListParseException("not a valid source id: '" + source + "'");
        }
        return root.resolve(source);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString(), SnapshotStore::byTime)
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int byTime(String a, String b) {
        return Long.compare(millis(a), millis(b));
    }

    private static long millis(String name) {
        int dash = name.indexOf('-');
        try {
            return Long.parseLong(name.substring(0, dash));
        } catch (RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }

    private void prune(Path dir) throws IOException {
        List<Path> f = files(dir);
        for (int i = keep; i < f.size(); i++) {
            Files.deleteIfExists(f.get(i));
        }
    }

    private static ObjectNode header(ListSnapshot s) {
        ObjectNode h = EntityJson.MAPPER.createObjectNode();
        h.put("snapshot", 1);
        h.put("source", s.source());
        h.put("sha256", s.sha256());
        h.put("fetched_at", s.fetchedAt().toString());
        h.put("published_at", s.publishedAt().map(LocalDate::toString).orElse(""));
        h.put("origin", s.origin());
        h.put("entities", s.entities().size());
        h.put("problems", s.problemCount());
        return h;
    }

    private static SnapshotInfo info(JsonNode h) {
        String pub = h.path("published_at").asText("");
        return new SnapshotInfo(
                h.path("source").asText(),
                h.path("sha256").asText(),
                Instant.parse(h.path("fetched_at").asText()),
                pub.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(pub)),
                h.path("origin").asText(""),
                h.path("entities").asInt(),
                h.path("problems").asInt());
    }

    private static BufferedReader open(Path p) throws IOException {
        return new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(p), 1 << 16), StandardCharsets.UTF_8));
    }

    private static SnapshotInfo readHeader(Path p) throws ListParseException {
        try (BufferedReader r = open(p)) {
            return info(EntityJson.MAPPER.readTree(r.readLine()));
        } catch (IOException | RuntimeException e) {
            throw new ListParseException(p.getFileName() + ": unreadable snapshot header: " + e.getMessage(), e);
        }
    }

    private static ListSnapshot load(Path p) throws ListParseException {
        int line = 1;
        try (BufferedReader r = open(p)) {
            SnapshotInfo info = info(EntityJson.MAPPER.readTree(r.readLine()));
            List<Entity> entities = new ArrayList<>(info.entityCount());
            String l;
            while ((l = r.readLine()) != null) {
                line++;
                entities.add(EntityJson.fromJson(EntityJson.MAPPER.readTree(l)));
            }
            ListSnapshot s = ListSnapshot.of(
                    info.source(), entities, info.fetchedAt(), info.publishedAt(), info.origin(), info.problemCount());
            if (!s.sha256().equals(info.sha256())) {
                throw new ListParseException(p.getFileName() + ": content does not match its hash " + info.sha256()
                        + " (computed " + s.sha256() + "); the file is damaged");
            }
            return s;
        } catch (IOException | RuntimeException e) {
            throw new ListParseException(p.getFileName() + ": line " + line + ": " + e.getMessage(), e);
        }
    }
}
