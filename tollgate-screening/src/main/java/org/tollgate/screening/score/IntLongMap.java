package org.tollgate.screening.score;

import java.util.Arrays;

/** A small open-addressing map from non-negative int keys to long values, to cache similarities per query. */
final class IntLongMap {
    private int[] keys;
    private long[] values;
    private int size;

    IntLongMap(int capacity) {
        int c = Integer.highestOneBit(Math.max(8, capacity) * 2 - 1) << 1;
        keys = new int[c];
        values = new long[c];
        Arrays.fill(keys, -1);
    }

    /** The value, or {@code missing}. */
    long get(int key, long missing) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k < 0) {
                return missing;
            }
        }
    }

    void put(int key, long value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] < 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls the visitor for every entry. */
    void forEach(EntryVisitor v) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0) {
                v.visit(keys[i], values[i]);
            }
        }
    }

    interface EntryVisitor {
        void visit(int key, long value);
    }

    private void grow() {
        int[] ok = keys;
        long[] ov = values;
        keys = new int[ok.length * 2];
        values = new long[ok.length * 2];
        Arrays.fill(keys, -1);
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] >= 0) {
                put(ok[i], ov[i]);
            }
        }
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
