package org.tollgate.screening.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Deletion keys for typo-tolerant look-up (the symmetric-deletion idea): a token is filed under itself and
 * every string made by deleting one character (and, for long tokens, two). Two tokens within one edit
 * (substitution, insertion, deletion, transposition) share a key, so do tokens within two edits when both
 * sides use two deletions. Keys are 40-bit hashes packed with a 24-bit term id in one sorted {@code long[]}:
 * compact, and looked up by binary search. Hash collisions only add candidates that the caller's
 * similarity check rejects.
 */
final class TypoKeys {
    static final int ONE_EDIT_MIN = 4;
    static final int TWO_EDITS_MIN = 7;
    private static final int TERM_BITS = 24;
    private static final long TERM_MASK = (1L << TERM_BITS) - 1;

    private final long[] keys;

    private TypoKeys(long[] keys) {
        this.keys = keys;
    }

    int size() {
        return keys.length;
    }

    /** Builds the keys of the given terms; {@code eligible[t]} says which terms get keys. */
    static TypoKeys build(String[] terms, boolean[] eligible) {
        if (terms.length > TERM_MASK) {
            throw new IllegalStateException("too many distinct tokens for the typo index: " + terms.length);
        }
        long[] buf = new long[1 << 16];
        int n = 0;
        for (int t = 0; t < terms.length; t++) {
            if (!eligible[t]) {
                continue;
            }
            String s = terms[t];
            int len = s.length();
            int max = len >= TWO_EDITS_MIN ? 2 : len >= ONE_EDIT_MIN ? 1 : 0;
            int need = 1 + (max >= 1 ? len : 0) + (max >= 2 ? len * (len - 1) / 2 : 0);
            if (n + need > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + need));
            }
            buf[n++] = pack(hash(s, -1, -1), t);
            if (max >= 1) {
                for (int i = 0; i < len; i++) {
                    buf[n++] = pack(hash(s, i, -1), t);
                    if (max >= 2) {
                        for (int j = i + 1; j < len; j++) {
                            buf[n++] = pack(hash(s, i, j), t);
                        }
                    }
                }
            }
        }
        long[] keys = Arrays.copyOf(buf, n);
        Arrays.sort(keys);
        int m = 0;
        for (int i = 0; i < keys.length; i++) {
            if (m == 0 || keys[m - 1] != keys[i]) {
                keys[m++] = keys[i];
            }
        }
        return new TypoKeys(Arrays.copyOf(keys, m));
    }

    /** Reports the terms sharing a deletion key with the query token (with repeats). */
    void lookup(String q, int maxEdits, IntConsumer sink) {
        int len = q.length();
        find(hash(q, -1, -1), sink);
        if (maxEdits >= 1) {
            for (int i = 0; i < len; i++) {
                find(hash(q, i, -1), sink);
                if (maxEdits >= 2) {
                    for (int j = i + 1; j < len; j++) {
                        find(hash(q, i, j), sink);
                    }
                }
            }
        }
    }

    private void find(long h, IntConsumer sink) {
        long lo = h << TERM_BITS;
        int i = Arrays.binarySearch(keys, lo);
        if (i < 0) {
            i = -i - 1;
        }
        for (; i < keys.length && (keys[i] >>> TERM_BITS) == h; i++) {
            sink.accept((int) (keys[i] & TERM_MASK));
        }
    }

    private static long pack(long hash, int term) {
        return hash << TERM_BITS | term;
    }

    /** FNV-1a over the string without the characters at {@code skip1} and {@code skip2}, cut to 40 bits. */
    static long hash(String s, int skip1, int skip2) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            if (i == skip1 || i == skip2) {
                continue;
            }
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h >>> (64 - 40);
    }
}
