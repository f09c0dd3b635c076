package org.tollgate.lists.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tollgate.lists.snapshot.Fixtures.person;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;

class SnapshotStoreTest {
    @TempDir
    Path dir;

    private static ListSnapshot at(long seconds, List<Entity> entities) {
        return ListSnapshot.of("test_list", entities, Instant.ofEpochSecond(seconds), Optional.empty(), "t", 0);
    }

    @Test
    void savesLoadsAndKeepsTheLastVersions() throws Exception {
        SnapshotStore store = new SnapshotStore(dir, 2);
        ListSnapshot v1 = at(1, List.of(person("1", "A")));
        ListSnapshot v2 = at(2, List.of(person("1", "A"), person("2", "B")));
        ListSnapshot v3 = at(3, List.of(person("1", "A"), person("2", "B", "BB")));
        assertThat(store.save(v1)).isTrue();
        assertThat(store.save(at(5, v1.entities())))
                .as("same content is not stored twice")
                .isFalse();
        assertThat(store.save(v2)).isTrue();
        assertThat(store.save(v3)).isTrue();

        assertThat(store.history("test_list"))
                .extracting(SnapshotInfo::sha256)
                .containsExactly(v3.sha256(), v2.sha256());
        ListSnapshot loaded = store.latest("test_list").orElseThrow();
        assertThat(loaded).isEqualTo(v3);
        assertThat(store.load("test_list", v2.sha256().substring(0, 8))).contains(v2);
        assertThat(store.load("test_list", v1.sha256())).isEmpty();
        assertThat(store.sources()).containsExactly("test_list");
    }

    @Test
    void aDamagedSnapshotIsDetectedByItsHash() throws Exception {
        SnapshotStore store = new SnapshotStore(dir, 3);
        store.save(at(1, List.of(person("1", "A"))));
        Path file;
        try (Stream<Path> s = Files.list(dir.resolve("test_list"))) {
            file = s.findFirst().orElseThrow();
        }
        String header = "{\"snapshot\":1,\"source\":\"test_list\",\"sha256\":\""
                + store.latestInfo("test_list").orElseThrow().sha256()
                + "\",\"fetched_at\":\"1970-01-01T00:00:01Z\",\"published_at\":\"\",\"origin\":\"t\",\"entities\":1,"
                + "\"problems\":0}\n";
        String tampered = EntityJsonLine.of(person("1", "TAMPERED"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((header + tampered + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> store.latest("test_list"))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("does not match its hash");
    }

    @Test
    void sourceIdsCannotEscapeTheStore() {
        SnapshotStore store = new SnapshotStore(dir, 3);
        assertThatThrownBy(() -> store.latest("../etc")).hasMessageContaining("not a valid source id");
    }

    /** Writes one entity line as the store does. */
    static final class EntityJsonLine {
        static String of(Entity e) throws Exception {
            return org.tollgate.lists.json.EntityJson.MAPPER.writeValueAsString(
                    org.tollgate.lists.json.EntityJson.toJson(e));
        }
    }
}
