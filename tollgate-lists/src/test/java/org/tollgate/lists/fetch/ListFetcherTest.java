package org.tollgate.lists.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.parse.ListParseException;

class ListFetcherTest {
    @TempDir
    Path dir;

    private LocalHttpServer server;
    private final List<Long> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new LocalHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ListFetcher fetcher(long maxBytes) {
        FetchPolicy p =
                new FetchPolicy(Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(100), maxBytes);
        return new ListFetcher(p, sleeps::add);
    }

    @Test
    void downloadsWithChecksumThenUsesTheEtag() throws Exception {
        byte[] body = "hello list".getBytes(StandardCharsets.UTF_8);
        server.serve("/sdn.csv", body);
        ListFetcher f = fetcher(1 << 20);
        FetchResult first = f.fetch(URI.create(server.url("/sdn.csv")), dir.resolve("a"), "", "");
        assertThat(first.notModified()).isFalse();
        assertThat(Files.readAllBytes(dir.resolve("a"))).isEqualTo(body);
        assertThat(first.sha256())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(body)));
        assertThat(first.etag()).isNotEmpty();
        assertThat(first.lastModified()).contains("2024");

        FetchResult second = f.fetch(URI.create(server.url("/sdn.csv")), dir.resolve("b"), first.etag(), "");
        assertThat(second.notModified()).isTrue();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void retriesServerErrorsWithExponentialBackoff() throws Exception {
        server.serve("/un.xml", new byte[] {1, 2, 3});
        server.failFirst("/un.xml", 2);
        FetchResult r = fetcher(1 << 20).fetch(URI.create(server.url("/un.xml")), dir.resolve("u"), "", "");
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(sleeps).containsExactly(100L, 200L);
        assertThat(server.hits("/un.xml")).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheLastTryNamingTheError() {
        server.serve("/x", new byte[] {1});
        server.failFirst("/x", 10);
        assertThatThrownBy(() -> fetcher(100).fetch(URI.create(server.url("/x")), dir.resolve("x"), "", ""))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("failed after 3 tries")
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void aClientErrorIsNotRetried() {
        assertThatThrownBy(() -> fetcher(100).fetch(URI.create(server.url("/missing")), dir.resolve("m"), "", ""))
                .hasMessageContaining("HTTP 404");
        assertThat(server.hits("/missing")).isEqualTo(1);
    }

    @Test
    void bodiesOverTheSizeLimitAreRefused() {
        server.serve("/big", new byte[5000]);
        assertThatThrownBy(() -> fetcher(1000).fetch(URI.create(server.url("/big")), dir.resolve("big"), "", ""))
                .hasMessageContaining("over the limit of 1000");
        assertThat(dir.resolve("big")).doesNotExist();
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        assertThatThrownBy(() -> fetcher(100).fetch(URI.create("file:///etc/passwd"), dir.resolve("p"), "", ""))
                .hasMessageContaining("only http(s)");
    }
}
