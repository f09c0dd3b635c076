package org.tollgate.geo.mmdb;

/**
 * Decoded records by their search-tree record value (which identifies the record's place in the data section).
 * Reads take no lock: an open-addressing table of primitive keys, replaced wholesale when it grows. A reader that
 * races an insert may miss and decode the record again, which is harmless.
 */
final class OffsetCache {
    private static final class Table {
        final int[] keys;
        final Location[] values;
        final int mask;
        int size;

        Table(int capacity) {
            keys = new int[capacity];
            values = new Location[capacity];
            mask = capacity - 1;
        }
    }

    private volatile Table table = new Table(1 << 10);

    /** The cached record, or null. Key 0 never occurs (record values that point to data exceed the node count). */
    Location get(int key) {
        Table t = table;
        int i = mix(key) & t.mask;
        while (true) {
            int k = t.keys[i];
            if (k == key) {
                return t.values[i];
            }
            if (k == 0) {
                return null;
            }
            i = (i + 1) & t.mask;
        }
    }

    synchronized void put(int key, Location value) {
        Table t = table;
        if ((t.size + 1) * 2 > t.keys.length) {
            Table bigger = new Table(t.keys.length * 2);
            for (int i = 0; i < t.keys.length; i++) {
                if (t.keys[i] != 0 && t.values[i] != null) {
                    insert(bigger, t.keys[i], t.values[i]);
                }
            }
            table = bigger;
            t = bigger;
        }
        insert(t, key, value);
    }

    /** The number of cached records. */
    int size() {
        return table.size;
    }

    private static void insert(Table t, int key, Location value) {
        int i = mix(key) & t.mask;
        while (t.keys[i] != 0 && t.keys[i] != key) {
            i = (i + 1) & t.mask;
        }
        if (t.keys[i] == 0) {
            t.size++;
        }
        // Value before key: a reader that sees the key early finds a null value and takes the slow path.
        t.values[i] = value;
        t.keys[i] = key;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
