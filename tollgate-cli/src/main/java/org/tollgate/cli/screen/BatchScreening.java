package org.tollgate.cli.screen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningException;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningResult;

/**
 * Screens a query file into JSON Lines with several threads, keeping the input order and a bounded amount
 * of memory whatever the file size.
 *
 * <p>A reader thread cuts the rows into small batches and hands each to the worker pool; the future of every
 * batch goes, in input order, into a bounded queue. The calling thread takes the futures from that queue one
 * by one, waits for each and writes its lines, so the output is in input order while the workers run ahead.
 * When the queue is full the reader waits: at most {@code 4 x threads} batches are ever in flight.
 */
public final class BatchScreening {
    /** Rows per batch: big enough to keep hand-over cheap, small enough to keep latency and memory low. */
    static final int BATCH_ROWS = 64;

    private final Screener screener;
    private final ScreeningOptions options;
    private final int threads;
    private final long progressEveryNanos;

    /**
     * @param progressEveryMillis how often progress is printed on stderr; 0 or less for never
     */
    public BatchScreening(Screener screener, ScreeningOptions options, int threads, long progressEveryMillis) {
        this.screener = Objects.requireNonNull(screener, "screener");
        this.options = Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.progressEveryNanos = progressEveryMillis <= 0 ? Long.MAX_VALUE : progressEveryMillis * 1_000_000;
    }

    /**
     * What a run did.
     *
     * @param rows data rows read
     * @param badRows rows that could not be screened (reported and written as errors)
     * @param alertRows rows with at least one alert
     * @param hits hits written
     * @param nanos wall time of the run
     * @param cpuNanos CPU time the process used during the run (all threads), -1 when unknown
     * @param readError why reading stopped before the end of the file, empty when the whole file was read
     */
    public record Summary(
            long rows, long badRows, long alertRows, long hits, long nanos, long cpuNanos, String readError) {
        public double rowsPerSecond() {
            return rows * 1e9 / Math.max(1, nanos);
        }
    }

    /** The outcome of one batch, in row order. */
    private record Done(List<String> lines, List<String> problems, int alertRows, int hits, int bad) {}

    /**
     * Screens every row of {@code in}, writing one line per row to {@code out}; bad rows are also reported on
     * {@code err} with their row and line number.
     *
     * @throws IOException when the output cannot be written
     */
    public Summary run(QueryFile in, Writer out, PrintWriter err) throws IOException {
        long t0 = System.nanoTime();
        long cpu0 = CpuTime.process();
        ExecutorService pool = Executors.newFixedThreadPool(threads, named("tollgate-screen-worker"));
        BlockingQueue<Future<Done>> queue = new ArrayBlockingQueue<>(4 * threads);
        Future<Done> end = CompletableFuture.completedFuture(null);
        AtomicInteger rowsRead = new AtomicInteger();
        String[] readError = {""};
        StopFlag stop = new StopFlag();
        Thread reader = named("tollgate-screen-reader").newThread(() -> {
            try {
                List<QueryRow> batch = new ArrayList<>(BATCH_ROWS);
                QueryRow r;
                while (!stop.set && (r = in.next()) != null) {
                    rowsRead.incrementAndGet();
                    batch.add(r);
                    if (batch.size() == BATCH_ROWS) {
                        hand(queue, pool, batch, stop);
                        batch = new ArrayList<>(BATCH_ROWS);
                    }
                }
                if (!batch.isEmpty()) {
                    hand(queue, pool, batch, stop);
                }
            } catch (IOException e) {
                readError[0] = "reading stopped after row " + rowsRead.get() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                putQuietly(queue, end, stop);
            }
        });
        reader.start();
        long rows = 0;
        long bad = 0;
        long alerts = 0;
        long hits = 0;
        long lastReport = t0;
        try {
            while (true) {
                Future<Done> f = queue.take();
                if (f == end) {
                    break;
                }
                Done d = f.get();
                for (String line : d.lines) {
                    out.write(line);
                    out.write('\n');
                }
                for (String p : d.problems) {
                    err.println(p);
                }
                rows += d.lines.size();
                bad += d.bad;
                alerts += d.alertRows;
                hits += d.hits;
                long now = System.nanoTime();
                if (now - lastReport >= progressEveryNanos) {
                    lastReport = now;
                    progress(err, rows, now - t0, in.progress());
                }
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("screening a batch failed", e.getCause());
        } finally {
            stop.set = true;
            queue.clear();
            pool.shutdownNow();
            out.flush();
        }
        awaitQuietly(pool);
        long cpu = cpu0 < 0 ? -1 : CpuTime.process() - cpu0;
        return new Summary(rows, bad, alerts, hits, System.nanoTime() - t0, cpu, readError[0]);
    }

    private void hand(BlockingQueue<Future<Done>> queue, ExecutorService pool, List<QueryRow> batch, StopFlag stop)
            throws InterruptedException {
        Future<Done> f = pool.submit(() -> screen(batch));
        while (!stop.set) {
            if (queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    private static void putQuietly(BlockingQueue<Future<Done>> queue, Future<Done> end, StopFlag stop) {
        try {
            while (!stop.set && !queue.offer(end, 100, TimeUnit.MILLISECONDS)) {
                // the writer is still busy: wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Done screen(List<QueryRow> batch) {
        List<String> lines = new ArrayList<>(batch.size());
        List<String> problems = new ArrayList<>(0);
        int alertRows = 0;
        int hits = 0;
        int bad = 0;
        for (QueryRow r : batch) {
            try {
                ScreeningResult res = screener.screen(r.query(), options);
                lines.add(ResultJson.result(r.id(), res));
                hits += res.hits().size();
                if (res.alert()) {
                    alertRows++;
                }
            } catch (ScreeningException e) {
                bad++;
                lines.add(ResultJson.error(r.id(), e.getMessage()));
                problems.add(problem(r, e.getMessage()));
            } catch (RuntimeException e) {
                // a failure on one row must not lose the rest of a long run: report it like a bad row
                bad++;
                String m = "screening failed: " + e;
                lines.add(ResultJson.error(r.id(), m));
                problems.add(problem(r, m));
            }
        }
        return new Done(lines, problems, alertRows, hits, bad);
    }

    private static String problem(QueryRow r, String message) {
        return String.format(
                Locale.ROOT, "tollgate: row %d (line %d, id '%s'): %s", r.row(), r.line(), r.id(), message);
    }

    private static void progress(PrintWriter err, long rows, long nanos, double share) {
        double secs = nanos / 1e9;
        double rate = rows / Math.max(1e-9, secs);
        String eta = share > 0 && share < 1 ? clock(secs * (1 - share) / share) : "-";
        err.printf(
                Locale.ROOT,
                "tollgate: %,d rows screened, %,.0f rows/s, %.0f%% of the input read, ETA %s%n",
                rows,
                rate,
                share * 100,
                eta);
        err.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Tells the reader to stop when the writer gave up. */
    private static final class StopFlag {
        volatile boolean set;
    }
}
