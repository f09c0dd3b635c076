package org.tollgate.lists.fetch;

import java.time.Duration;

/**
 * How downloads behave.
 *
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for a whole response
 * @param attempts tries per file (at least 1); server errors (5xx, 429) and I/O errors are retried
 * @param initialBackoff wait before the second try; doubled before each further one
 * @param maxBytes the largest body accepted; a larger one is refused while it streams
 */
public record FetchPolicy(
        Duration connectTimeout, Duration requestTimeout, int attempts, Duration initialBackoff, long maxBytes) {
    public FetchPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** 10 s to connect, 5 min per file, 4 tries from 2 s backoff, 512 MiB. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(
                Duration.ofSeconds(10), Duration.ofMinutes(5), 4, Duration.ofSeconds(2), 512L * 1024 * 1024);
    }
}
