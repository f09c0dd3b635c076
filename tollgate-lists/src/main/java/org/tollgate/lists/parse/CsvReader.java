package org.tollgate.lists.parse;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming reader of delimited text (RFC 4180 quoting, any one-character separator) that knows the
 * physical line each record starts on, so errors can name it. It tolerates what official lists do: CRLF or
 * LF endings, a UTF-8 byte-order mark, quoted fields spanning lines, and OFAC's trailing 0x1A end-of-file
 * byte. Malformed bytes in the declared encoding are replaced, never fatal.
 */
public final class CsvReader implements Closeable {
    /** A record longer than this is certainly broken quoting; stop rather than read the file into memory. */
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private final char separator;
    private final char quote;
    private int line = 1;
    private int recordLine;
    private int pushback = -2;
    private boolean first = true;

    /**
     * @param input the bytes
     * @param charset their encoding
     * @param separator field separator, e.g. ',' or '\t'
     * @param quote quote character, or '\0' for none
     */
    public CsvReader(InputStream input, Charset charset, char separator, char quote) {
        CharsetDecoder dec = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new InputStreamReader(input, dec);
        this.separator = separator;
        this.quote = quote;
    }

    public CsvReader(InputStream input, Charset charset) {
        this(input, charset, ',', '"');
    }

    /** The physical line (1-based) the last record returned by {@link #next()} started on. */
    public int line() {
        return recordLine;
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        int c = raw();
        if (first) {
            first = false;
            if (c == 0xFEFF) {
                c = raw();
            }
        }
        return c;
    }

    private int raw() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    /**
     * Reads the next record.
     *
     * @return its fields, or null at the end of input
     * @throws IOException on a read error or a record over 1 MiB (unbalanced quotes)
     */
    public List<String> next() throws IOException {
        int c = read();
        // skip blank lines and the DOS end-of-file marker
        while (c == '\r' || c == '\n' || c == 0x1A) {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int size = 0;
        while (true) {
            if (++size > MAX_RECORD_CHARS) {
                throw new IOException("record starting on line " + recordLine + " is over " + MAX_RECORD_CHARS
                        + " characters (unbalanced quotes?)");
            }
            if (quoted) {
                if (c == -1) {
                    throw new IOException("record starting on line " + recordLine + " ends inside quotes");
                }
                if (c == quote) {
                    int d = read();
                    if (d == quote) {
                        field.append((char) quote);
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                fields.add(wasQuoted ? field.toString() : stripEof(field));
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushback = d;
                    } else {
                        line++;
                    }
                } else if (c == '\n') {
                    line++;
                }
                return fields;
            }
            if (c == separator) {
                fields.add(wasQuoted ? field.toString() : stripEof(field));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == quote && quote != '\0' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private static String stripEof(StringBuilder field) {
        int n = field.length();
        while (n > 0 && field.charAt(n - 1) == 0x1A) {
            n--;
        }
        return field.substring(0, n);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
