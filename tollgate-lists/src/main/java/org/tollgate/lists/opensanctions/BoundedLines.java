package org.tollgate.lists.opensanctions;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of text with a cap on the length of one line, so that a file that is one enormous line cannot
 * exhaust memory: an over-long line is skipped to its end and reported instead.
 */
final class BoundedLines {
    private final Reader in;
    private final int maxChars;
    private final StringBuilder line = new StringBuilder(1 << 12);
    private int number;
    private boolean tooLong;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The 1-based number of the line last returned. */
    int number() {
        return number;
    }

    /** Whether the line last returned was over the cap (and so returned empty). */
    boolean tooLong() {
        return tooLong;
    }

    /** The next line without its line end (empty when over the cap, see {@link #tooLong()}), or null at the end. */
    String next() throws IOException {
        line.setLength(0);
        tooLong = false;
        int c = in.read();
        if (c == -1) {
            return null;
        }
        number++;
        while (c != -1 && c != '\n') {
            if (!tooLong) {
                if (line.length() >= maxChars) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            c = in.read();
        }
        if (tooLong) {
            return "";
        }
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            line.setLength(n - 1);
        }
        return line.toString();
    }
}
