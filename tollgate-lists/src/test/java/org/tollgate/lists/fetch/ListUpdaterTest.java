package org.tollgate.lists.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.snapshot.SnapshotStore;
import org.tollgate.lists.snapshot.ValidationPolicy;
import org.tollgate.lists.testdata.TestData;

/** Updates the SDN source from a local HTTP server serving the real history snapshots. */
class ListUpdaterTest {
    @TempDir
    Path dir;

    private LocalHttpServer server;
    private ListUpdater updater;
    private SnapshotStore store;
    private SourceDefinition sdn;

    @BeforeEach
    void setUp() throws Exception {
        server = new LocalHttpServer();
        for (String f : new String[] {"/add.csv", "/alt.csv", "/sdn_comments.csv"}) {
            server.serve(f, new byte[0]);
        }
        store = new SnapshotStore(dir.resolve("store"), 5);
        FetchPolicy fast =
                new FetchPolicy(Duration.ofSeconds(2), Duration.ofSeconds(20), 2, Duration.ofMillis(1), 50L << 20);
        updater = new ListUpdater(
                store,
                new ListFetcher(fast, ms -> {}),
                ValidationPolicy.defaults(),
                Clock.fixed(Instant.parse("2024-02-23T12:00:00Z"), ZoneOffset.UTC));
        sdn = OfficialSources.of("us_ofac_sdn").orElseThrow().withUrl(server.url("/"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void serveSdn(String date) throws Exception {
        server.serve("/sdn.csv", Files.readAllBytes(TestData.file("ofac_sdn_history/sdn_" + date + ".csv")));
    }

    @Test
    void acceptsValidatesAndKeepsTheLastGoodSnapshot() throws Exception {
        serveSdn("2024-02-20");
        UpdateResult first = updater.update(sdn);
        assertThat(first.outcome()).as(first.reasons().toString()).isEqualTo(UpdateOutcome.ACCEPTED);
        assertThat(first.inForce().orElseThrow().entities()).hasSize(13931);
        assertThat(first.diff()).isEmpty();
        assertThat(first.checksums()).containsKeys("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
        String firstHash = first.inForce().orElseThrow().sha256();

        UpdateResult again = updater.update(sdn);
        assertThat(again.outcome()).isEqualTo(UpdateOutcome.UNCHANGED);
        assertThat(again.inForce().orElseThrow().sha256()).isEqualTo(firstHash);

        serveSdn("2024-02-23");
        UpdateResult second = updater.update(sdn);
        assertThat(second.outcome()).isEqualTo(UpdateOutcome.ACCEPTED);
        assertThat(second.previousHash()).isEqualTo(firstHash);
        assertThat(second.diff().orElseThrow().added()).hasSize(553);
        assertThat(second.diff().orElseThrow().removed()).isEmpty();
        assertThat(second.diff().orElseThrow().changed()).hasSize(8);
        String secondHash = second.inForce().orElseThrow().sha256();

        // a download cut short at a line end: the list "lost" two thirds of its entries
        byte[] full = Files.readAllBytes(TestData.file("ofac_sdn_history/sdn_2024-02-23.csv"));
        int cut = full.length / 3;
        while (full[cut - 1] != '\n') {
            cut++;
        }
        server.serve("/sdn.csv", Arrays.copyOf(full, cut));
        UpdateResult truncated = updater.update(sdn);
        assertThat(truncated.outcome()).isEqualTo(UpdateOutcome.REJECTED);
        assertThat(truncated.reasons()).anyMatch(r -> r.contains("shrank from 14484"));
        assertThat(truncated.inForce().orElseThrow().sha256()).isEqualTo(secondHash);
        assertThat(store.latestInfo("us_ofac_sdn").orElseThrow().sha256()).isEqualTo(secondHash);

        server.failFirst("/sdn.csv", 100);
        UpdateResult down = updater.update(sdn);
        assertThat(down.outcome()).isEqualTo(UpdateOutcome.FAILED);
        assertThat(down.reasons()).singleElement().asString().contains("HTTP 503");
        assertThat(down.inForce().orElseThrow().sha256()).isEqualTo(secondHash);
        assertThat(updater.lastState("us_ofac_sdn")
                        .path("last_result")
                        .path("outcome")
                        .asText())
                .isEqualTo("failed");
        assertThat(store.history("us_ofac_sdn")).hasSize(2);
    }

    @Test
    void importsLocalFilesAsNewVersions() throws Exception {
        UpdateResult a = updater.importLocal(
                ListSpec.parse("ofac-csv=" + TestData.file("ofac_sdn_history/sdn_2021-12-22.csv")), "");
        assertThat(a.outcome()).isEqualTo(UpdateOutcome.ACCEPTED);
        UpdateResult b = updater.importLocal(
                ListSpec.parse("ofac-csv=" + TestData.file("ofac_sdn_history/sdn_2021-12-30.csv")), "");
        assertThat(b.outcome()).isEqualTo(UpdateOutcome.ACCEPTED);
        assertThat(b.diff().orElseThrow().removed()).hasSize(150);
        assertThat(store.latest("us_ofac_sdn").orElseThrow().entities()).hasSize(9008);
    }

    @Test
    void aMissingLocalFileFailsWithoutTouchingTheStore() {
        UpdateResult r = updater.importLocal(ListSpec.parse("ofac-xml=" + dir.resolve("missing.xml")), "");
        assertThat(r.outcome()).isEqualTo(UpdateOutcome.FAILED);
        assertThat(r.reasons()).singleElement().asString().contains("missing.xml");
        assertThat(store.sources()).isEmpty();
    }
}
