package org.tollgate.lists.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.diff.SnapshotDiff;
import org.tollgate.lists.json.EntityJson;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.snapshot.ListSnapshot;
import org.tollgate.lists.snapshot.SnapshotStore;
import org.tollgate.lists.snapshot.Validation;
import org.tollgate.lists.snapshot.ValidationPolicy;

/**
 * Brings one source up to date: fetch (conditionally), parse, validate against the last accepted snapshot,
 * and store. A download that fails, or a list that fails validation, never replaces the last good snapshot.
 *
 * <p>Per source it keeps, beside the snapshots, the raw files of the last accepted download (so a 304 on one
 * file of a CSV set can be completed from disk) and {@code update-state.json} with the HTTP validators and
 * the last result.
 */
public final class ListUpdater {
    private final SnapshotStore store;
    private final ListFetcher fetcher;
    private final ValidationPolicy policy;
    private final Clock clock;

    public ListUpdater(SnapshotStore store, ListFetcher fetcher, ValidationPolicy policy, Clock clock) {
        this.store = store;
        this.fetcher = fetcher;
        this.policy = policy;
        this.clock = clock;
    }

    /** Fetches a source from its URL(s) and accepts the new snapshot when it validates. */
    public synchronized UpdateResult update(SourceDefinition def) {
        Instant now = clock.instant();
        Path dir = store.root().resolve(def.source());
        Path staging = null;
        try {
            Files.createDirectories(dir);
            staging = Files.createTempDirectory(dir, ".fetch-");
            JsonNode state = readState(dir);
            Map<String, String> checksums = new LinkedHashMap<>();
            Map<String, String[]> validators = new LinkedHashMap<>();
            boolean anyNew = false;
            for (Map.Entry<String, URI> f : def.files().entrySet()) {
                JsonNode prev = state.path("files").path(f.getKey());
                Path raw = dir.resolve("raw").resolve(f.getKey());
                boolean haveRaw = Files.isRegularFile(raw);
                FetchResult r = fetcher.fetch(
                        f.getValue(),
                        staging.resolve(f.getKey()),
                        haveRaw ? prev.path("etag").asText("") : "",
                        haveRaw ? prev.path("last_modified").asText("") : "");
                if (r.notModified()) {
                    Files.copy(raw, staging.resolve(f.getKey()));
                    checksums.put(f.getKey(), prev.path("sha256").asText(""));
                } else {
                    anyNew = true;
                    checksums.put(f.getKey(), r.sha256());
                }
                validators.put(f.getKey(), new String[] {r.etag(), r.lastModified()});
            }
            Optional<ListSnapshot> last = store.latest(def.source());
            if (!anyNew && last.isPresent()) {
                return unchanged(dir, def.source(), now, last.get(), checksums, validators);
            }
            Path input = def.isSet()
                    ? staging
                    : staging.resolve(def.files().keySet().iterator().next());
            ParsedList parsed =
                    ListReader.read(def.format(), input, ParseOptions.lenient().withSource(def.source()));
            String origin = String.join(
                    " ", def.files().values().stream().map(URI::toString).toList());
            UpdateResult res = accept(def.source(), parsed, now, origin, last, checksums);
            if (res.outcome() == UpdateOutcome.ACCEPTED) {
                Path rawDir = dir.resolve("raw");
                Files.createDirectories(rawDir);
                for (String name : def.files().keySet()) {
                    Files.move(staging.resolve(name), rawDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            writeState(dir, res, res.outcome() == UpdateOutcome.ACCEPTED ? validators : null);
            return res;
        } catch (ListParseException | IOException | RuntimeException e) {
            UpdateResult res = failed(def.source(), e.getMessage(), now);
            try {
                writeState(dir, res, null);
            } catch (IOException ignored) {
                // the failure itself is returned to the caller; a missing state file only costs a full download
            }
            return res;
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Reads a local file or CSV-set directory as a new version of a source and accepts it when it validates. */
    public synchronized UpdateResult importLocal(ListSpec spec, String source) {
        Instant now = clock.instant();
        try {
            ParseOptions opts = ParseOptions.lenient().withSource(source);
            ParsedList parsed = ListReader.read(spec, opts);
            UpdateResult res = accept(
                    parsed.source(),
                    parsed,
                    now,
                    spec.path().getFileName().toString(),
                    store.latest(parsed.source()),
                    Map.of());
            writeState(store.root().resolve(parsed.source()), res, null);
            return res;
        } catch (ListParseException | IOException | RuntimeException e) {
            return failed(source.isEmpty() ? spec.format().defaultSource() : source, e.getMessage(), now);
        }
    }

    private UpdateResult accept(
            String source,
            ParsedList parsed,
            Instant now,
            String origin,
            Optional<ListSnapshot> last,
            Map<String, String> checksums)
            throws ListParseException {
        ListSnapshot snap = ListSnapshot.of(parsed, now, origin);
        String prevHash = last.map(ListSnapshot::sha256).orElse("");
        if (snap.sha256().equals(prevHash)) {
            return new UpdateResult(
                    source, UpdateOutcome.UNCHANGED, List.of(), now, last, prevHash, Optional.empty(), checksums);
        }
        Validation v = Validation.check(snap, last.orElse(null), policy);
        if (!v.accepted()) {
            return new UpdateResult(
                    source, UpdateOutcome.REJECTED, v.reasons(), now, last, prevHash, Optional.empty(), checksums);
        }
        store.save(snap);
        Optional<SnapshotDiff> diff = last.map(l -> SnapshotDiff.between(l, snap));
        return new UpdateResult(
                source, UpdateOutcome.ACCEPTED, List.of(), now, Optional.of(snap), prevHash, diff, checksums);
    }

    private UpdateResult failed(String source, String why, Instant now) {
        Optional<ListSnapshot> last;
        try {
            last = store.latest(source);
        } catch (ListParseException e) {
            last = Optional.empty();
        }
        return new UpdateResult(
                source,
                UpdateOutcome.FAILED,
                List.of(why == null ? "unknown error" : why),
                now,
                last,
                last.map(ListSnapshot::sha256).orElse(""),
                Optional.empty(),
                Map.of());
    }

    private UpdateResult unchanged(
            Path dir,
            String source,
            Instant now,
            ListSnapshot last,
            Map<String, String> checksums,
            Map<String, String[]> validators)
            throws IOException {
        UpdateResult res = new UpdateResult(
                source,
                UpdateOutcome.UNCHANGED,
                List.of(),
                now,
                Optional.of(last),
                last.sha256(),
                Optional.empty(),
                checksums);
        writeState(dir, res, validators);
        return res;
    }

    /** The last recorded update result of a source, as stored JSON (empty object when none). */
    public JsonNode lastState(String source) {
        return readState(store.root().resolve(source));
    }

    private static JsonNode readState(Path dir) {
        Path f = dir.resolve("update-state.json");
        if (!Files.isRegularFile(f)) {
            return EntityJson.MAPPER.createObjectNode();
        }
        try {
            return EntityJson.MAPPER.readTree(f.toFile());
        } catch (IOException e) {
            // a damaged state file only means the next download is unconditional
            return EntityJson.MAPPER.createObjectNode();
        }
    }

    private static void writeState(Path dir, UpdateResult res, Map<String, String[]> validators) throws IOException {
        Files.createDirectories(dir);
        JsonNode old = readState(dir);
        ObjectNode s = EntityJson.MAPPER.createObjectNode();
        ObjectNode files = validators == null && old.has("files")
                ? (ObjectNode) old.get("files").deepCopy()
                : EntityJson.MAPPER.createObjectNode();
        if (validators != null) {
            validators.forEach((name, v) -> {
                ObjectNode f = files.putObject(name);
                f.put("etag", v[0]);
                f.put("last_modified", v[1]);
                f.put("sha256", res.checksums().getOrDefault(name, ""));
            });
        }
        s.set("files", files);
        ObjectNode last = s.putObject("last_result");
        last.put("outcome", res.outcome().name().toLowerCase(java.util.Locale.ROOT));
        last.put("at", res.at().toString());
        last.put("in_force", res.inForce().map(ListSnapshot::sha256).orElse(""));
        List<String> reasons = new ArrayList<>(res.reasons());
        reasons.forEach(last.putArray("reasons")::add);
        Path tmp = Files.createTempFile(dir, ".state-", ".tmp");
        EntityJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), s);
        Files.move(tmp, dir.resolve("update-state.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless and is named so the store never reads it
        }
    }
}
