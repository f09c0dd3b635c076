package org.tollgate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tollgate.lists.parse.CsvReader;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningException;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.ScreeningResult;

/**
 * Screens a CSV of parties and writes one JSON line per row, in input order. The CSV has a header; {@code id}
 * and {@code name} are required, {@code type}, {@code birth_date}, {@code country} and {@code identifier}
 * optional, other columns ignored. A bad row is reported (row number and reason) and written as
 * {@code {"id": ..., "error": ...}}; the run goes on.
 */
final class BatchScreening {
    /** Rows screened per batch: enough to keep the threads busy, few enough to write results as they come. */
    private static final int CHUNK = 2048;

    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_ENUMS_USING_TO_STRING);

    /** The input has no usable header: the run cannot start. */
    static final class BadInputException extends Exception {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message);
        }
    }

    /** What a run did. */
    record Summary(long rows, long errors, long alerts) {}

    private final Screener screener;
    private final ScreeningOptions options;
    private final int threads;
    private final PrintWriter err;
    private final long progressEveryMillis;

    BatchScreening(
            Screener screener, ScreeningOptions options, int threads, PrintWriter err, long progressEveryMillis) {
        this.screener = screener;
        this.options = options;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.progressEveryMillis = progressEveryMillis;
    }

    /**
     * Runs the batch.
     *
     * @param totalRows the number of rows when known (for the ETA), else -1
     * @throws BadInputException when the header lacks {@code id} or {@code name}
     */
    Summary run(InputStream in, String inputName, Writer out, long totalRows) throws IOException, BadInputException {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try (CsvReader csv = new CsvReader(in, StandardCharsets.UTF_8)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new BadInputException(inputName + ": empty input, expected a header with id and name");
            }
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            if (!col.containsKey("id") || !col.containsKey("name")) {
                throw new BadInputException(
                        inputName + ": line 1: the header must have the columns id and name, found " + header);
            }
            long rows = 0;
            long errors = 0;
            long alerts = 0;
            long started = System.nanoTime();
            long lastReport = started;
            List<Row> chunk = new ArrayList<>(CHUNK);
            while (true) {
                List<String> rec = csv.next();
                if (rec != null) {
                    chunk.add(new Row(csv.line(), rec));
                }
                if (chunk.size() == CHUNK || rec == null && !chunk.isEmpty()) {
                    List<Line> lines = screen(chunk, col, pool);
                    for (int i = 0; i < lines.size(); i++) {
                        Line line = lines.get(i);
                        out.write(line.json());
                        out.write('\n');
                        if (line.error() != null) {
                            errors++;
                            err.println(inputName + ": line " + chunk.get(i).line + ": " + line.error());
                        } else if (line.alert()) {
                            alerts++;
                        }
                    }
                    rows += chunk.size();
                    chunk.clear();
                    long now = System.nanoTime();
                    if ((now - lastReport) / 1_000_000 >= progressEveryMillis) {
                        lastReport = now;
                        progress(rows, totalRows, now - started);
                    }
                }
                if (rec == null) {
                    break;
                }
            }
            out.flush();
            progress(rows, totalRows, System.nanoTime() - started);
            return new Summary(rows, errors, alerts);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void progress(long rows, long total, long nanos) {
        double secs = Math.max(1e-9, nanos / 1e9);
        double rate = rows / secs;
        String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %.0f s", (total - rows) / rate) : "";
        err.printf(Locale.ROOT, "screened %d rows (%.0f rows/s%s)%n", rows, rate, eta);
        err.flush();
    }

    private record Row(int line, List<String> fields) {}

    /** One output line, with what the summary needs to know about it. */
    private record Line(String json, String error, boolean alert) {}

    private List<Line> screen(List<Row> chunk, Map<String, Integer> col, ExecutorService pool) throws IOException {
        if (pool == null) {
            List<Line> out = new ArrayList<>(chunk.size());
            for (Row r : chunk) {
                out.add(line(r, col));
            }
            return out;
        }
        List<Future<Line>> futures = new ArrayList<>(chunk.size());
        for (Row r : chunk) {
            futures.add(pool.submit(() -> line(r, col)));
        }
        List<Line> out = new ArrayList<>(chunk.size());
        for (Future<Line> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("screening failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    private static String field(List<String> f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= f.size() ? "" : f.get(i);
    }

    /** One output line for one row. */
    private Line line(Row r, Map<String, Integer> col) throws IOException {
        String id = field(r.fields, col, "id").strip();
        try {
            if (id.isEmpty()) {
                throw new ScreeningException("id is empty");
            }
            ScreeningQuery q = ScreeningQuery.parse(
                    field(r.fields, col, "name"),
                    field(r.fields, col, "type"),
                    field(r.fields, col, "birth_date"),
                    field(r.fields, col, "country"),
                    field(r.fields, col, "identifier"));
            ScreeningResult res = screener.screen(q, options);
            ObjectNode node = JSON.createObjectNode();
            node.put("id", id);
            node.put("threshold", res.threshold());
            node.set("hits", JSON.valueToTree(res.hits()));
            return new Line(JSON.writeValueAsString(node), null, res.alert());
        } catch (ScreeningException e) {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", id);
            node.put("error", e.getMessage());
            return new Line(JSON.writeValueAsString(node), e.getMessage(), false);
        }
    }
}
