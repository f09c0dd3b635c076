package org.tollgate.lists.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.tollgate.lists.parse.ListParseException;

/**
 * Downloads list files: conditional GET (ETag / Last-Modified), timeouts, retries with exponential backoff on
 * server errors and I/O failures, a size limit enforced while streaming, and a SHA-256 of what was received.
 */
public final class ListFetcher {
    private final HttpClient client;
    private final FetchPolicy policy;
    private final Sleeper sleeper;

    /** Waits between tries; replaceable so tests need not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public ListFetcher(FetchPolicy policy) {
        this(policy, Thread::sleep);
    }

    public ListFetcher(FetchPolicy policy, Sleeper sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Fetches {@code uri} into {@code target}, unless the server says it has not changed since the given
     * validators.
     *
     * @param etag the ETag of the last download, or empty
     * @param lastModified the Last-Modified of the last download, or empty
     * @throws ListParseException when every try failed, or the body is over the size limit
     */
    public FetchResult fetch(URI uri, Path target, String etag, String lastModified) throws ListParseException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new ListParseException("only http(s) URLs can be fetched, not " + uri);
        }
        long backoff = policy.initialBackoff().toMillis();
        String lastError = "";
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            try {
                HttpRequest.Builder req = HttpRequest.newBuilder(uri)
                        .timeout(policy.requestTimeout())
                        .header("User-Agent", "Tollgate list fetcher")
                        .GET();
                if (!etag.isEmpty()) {
                    req.header("If-None-Match", etag);
                }
                if (!lastModified.isEmpty()) {
                    req.header("If-Modified-Since", lastModified);
                }
                HttpResponse<InputStream> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = resp.statusCode();
                if (status == 304) {
                    resp.body().close();
                    return new FetchResult(true, Optional.empty(), "", 0, etag, lastModified, attempt);
                }
                if (status >= 200 && status < 300) {
                    long declared =
                            resp.headers().firstValueAsLong("Content-Length").orElse(-1);
                    if (declared > policy.maxBytes()) {
                        resp.body().close();
                        throw new ListParseException(uri + ": the response declares " + declared
                                + " bytes, over the limit of " + policy.maxBytes());
                    }
                    Saved saved = save(resp.body(), target, uri);
                    return new FetchResult(
                            false,
                            Optional.of(target),
                            saved.sha256(),
                            saved.bytes(),
                            resp.headers().firstValue("ETag").orElse(""),
                            resp.headers().firstValue("Last-Modified").orElse(""),
                            attempt);
                }
                resp.body().close();
                lastError = "HTTP " + status;
                if (status != 429 && status < 500) {
                    throw new ListParseException(uri + ": the server answered HTTP " + status);
                }
            } catch (IOException e) {
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ListParseException(uri + ": interrupted", e);
            }
            if (attempt < policy.attempts()) {
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ListParseException(uri + ": interrupted", e);
                }
                backoff *= 2;
            }
        }
        throw new ListParseException(uri + ": failed after " + policy.attempts() + " tries; last error: " + lastError);
    }

    private record Saved(String sha256, long bytes) {}

    private Saved save(InputStream body, Path target, URI uri) throws IOException, ListParseException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (InputStream in = body;
                OutputStream out = new DigestOutputStream(Files.newOutputStream(target), md)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > policy.maxBytes()) {
                    out.close();
                    Files.deleteIfExists(target);
                    throw new ListParseException(uri + ": the response is over the limit of " + policy.maxBytes()
                            + " bytes; download stopped");
                }
                out.write(buf, 0, n);
            }
        }
        return new Saved(HexFormat.of().formatHex(md.digest()), total);
    }
}
