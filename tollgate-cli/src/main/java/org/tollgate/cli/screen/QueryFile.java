package org.tollgate.cli.screen;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tollgate.lists.parse.CsvReader;

/**
 * The queries of a batch run: a UTF-8 CSV file with a header row naming at least {@code id} and {@code
 * name}, and optionally {@code type}, {@code birth_date}, {@code country} and {@code identifier}, in any order
 * and any case; other columns are ignored. Rows are read one at a time, so the file may be of any size.
 */
public final class QueryFile implements Closeable {
    /** The columns a query may have. */
    static final List<String> COLUMNS = List.of("id", "name", "type", "birth_date", "country", "identifier");

    private final CountingStream counted;
    private final CsvReader csv;
    private final long size;
    private final int[] column = new int[COLUMNS.size()];
    private int row;

    private QueryFile(Path path) throws IOException {
        this.size = Files.size(path);
        this.counted = new CountingStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
        this.csv = new CsvReader(counted, StandardCharsets.UTF_8);
    }

    /**
     * Opens a query file and reads its header.
     *
     * @throws QueryFileException when the file cannot be opened or its header lacks {@code id} or {@code
     *     name}: then nothing can be screened
     */
    public static QueryFile open(Path path) throws QueryFileException {
        QueryFile f;
        try {
            f = new QueryFile(path);
        } catch (IOException e) {
            throw new QueryFileException(path + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            f.readHeader(path);
            return f;
        } catch (QueryFileException e) {
            f.closeQuietly(e);
            throw e;
        } catch (IOException e) {
            f.closeQuietly(e);
            throw new QueryFileException(path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private void closeQuietly(Exception cause) {
        try {
            close();
        } catch (IOException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    private void readHeader(Path path) throws IOException, QueryFileException {
        List<String> header = csv.next();
        if (header == null) {
            throw new QueryFileException(path + ": the file is empty; expected a header row with id and name");
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            column[c] = at.getOrDefault(COLUMNS.get(c), -1);
        }
        if (column[0] < 0 || column[1] < 0) {
            throw new QueryFileException(path + ": line 1: the header must name the columns id and name (found: "
                    + String.join(",", header) + ")");
        }
    }

    /**
     * The next row, or null at the end of the file.
     *
     * @throws IOException when the rest of the file cannot be read (broken quoting over 1 MiB, a read error)
     */
    public QueryRow next() throws IOException {
        List<String> f = csv.next();
        if (f == null) {
            return null;
        }
        row++;
        String[] v = new String[COLUMNS.size()];
        for (int c = 0; c < v.length; c++) {
            v[c] = column[c] >= 0 && column[c] < f.size() ? f.get(column[c]) : "";
        }
        return new QueryRow(row, csv.line(), v[0].strip(), v[1], v[2], v[3], v[4], v[5]);
    }

    /** How far through the file reading is, 0..1 (by bytes; approximate, reading is buffered). */
    public double progress() {
        return size == 0 ? 1 : Math.min(1, (double) counted.count / size);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** Counts the bytes read, for progress and ETA. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
