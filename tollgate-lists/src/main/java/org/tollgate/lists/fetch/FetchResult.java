package org.tollgate.lists.fetch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The outcome of one conditional download.
 *
 * @param notModified true when the server answered 304 and nothing was downloaded
 * @param file the downloaded file (empty when not modified)
 * @param sha256 hex SHA-256 of the downloaded bytes (empty when not modified)
 * @param bytes the size downloaded
 * @param etag the response's ETag, to send as If-None-Match next time (may be empty)
 * @param lastModified the response's Last-Modified, to send as If-Modified-Since next time (may be empty)
 * @param attempts how many tries it took
 */
public record FetchResult(
        boolean notModified,
        Optional<Path> file,
        String sha256,
        long bytes,
        String etag,
        String lastModified,
        int attempts) {}
