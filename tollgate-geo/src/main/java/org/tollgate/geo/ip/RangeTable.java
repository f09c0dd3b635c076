package org.tollgate.geo.ip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Non-overlapping inclusive address ranges, each carrying a non-negative {@code int} value, kept in sorted primitive
 * arrays and
 * found by binary search. IPv4 ranges also get an index on the first 16 bits of the address, so a search only
 * bisects the few ranges that touch one /16 instead of the whole table (which matters at hundreds of thousands of
 * ranges: each bisection step is a likely cache miss).
 */
public final class RangeTable {
    /** The value {@link #find} returns for an address in no range. */
    public static final int NONE = -1;

    private static final int BUCKET_BITS = 16;

    // IPv4 is held as segments that cover the whole address space in order: each segment is one long with its first
    // address in the high half (sign bit flipped, so that signed comparison orders addresses as unsigned) and its
    // value in the low half (NONE for the gaps between ranges). A search reads one array and needs no end check.
    private final long[] v4Segments;
    private final int v4Ranges;
    private final int[] v4Bucket;

    private final long[] v6StartHigh;
    private final long[] v6StartLow;
    private final long[] v6EndHigh;
    private final long[] v6EndLow;
    private final int[] v6Value;

    private RangeTable(int[] v4Start, int[] v4End, int[] v4Value, long[][] v6, int[] v6Value) {
        long[] segments = new long[2 * v4Start.length + 1];
        int n = 0;
        long next = 0; // the first address not yet covered
        for (int i = 0; i < v4Start.length; i++) {
            long start = unsigned(v4Start[i]);
            if (start > next) {
                segments[n++] = segment(next, NONE);
            }
            segments[n++] = segment(start, v4Value[i]);
            next = unsigned(v4End[i]) + 1;
        }
        if (next <= 0xffff_ffffL) {
            segments[n++] = segment(next, NONE);
        }
        this.v4Segments = Arrays.copyOf(segments, n);
        this.v4Ranges = v4Start.length;
        // v4Bucket[k] = the segment holding the first address of bucket k; an address of bucket k lies in one of
        // the segments v4Bucket[k] .. v4Bucket[k + 1].
        v4Bucket = new int[(1 << BUCKET_BITS) + 1];
        int r = 0;
        for (int k = 0; k <= 1 << BUCKET_BITS; k++) {
            long bucketStart = (long) k << (32 - BUCKET_BITS);
            while (r + 1 < n && segmentStart(v4Segments[r + 1]) <= bucketStart) {
                r++;
            }
            v4Bucket[k] = r;
        }
        this.v6StartHigh = v6[0];
        this.v6StartLow = v6[1];
        this.v6EndHigh = v6[2];
        this.v6EndLow = v6[3];
        this.v6Value = v6Value;
    }

    /** A builder; ranges may be added in any order. */
    public static Builder builder() {
        return new Builder();
    }

    /** The value of the range holding this address, or {@link #NONE}. */
    public int find(IpAddress ip) {
        return ip.ipv4() ? findIpv4(ip.ipv4Bits()) : findIpv6(ip.high(), ip.low());
    }

    /** The value of the range holding this IPv4 address, or {@link #NONE}. */
    public int findIpv4(int bits) {
        int key = bits ^ Integer.MIN_VALUE;
        int bucket = bits >>> (32 - BUCKET_BITS);
        int lo = v4Bucket[bucket]; // starts at or before the address
        int hi = v4Bucket[bucket + 1];
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if ((int) (v4Segments[mid] >> 32) <= key) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return (int) v4Segments[lo];
    }

    /** The value of the range holding this IPv6 address, or {@link #NONE}. */
    public int findIpv6(long high, long low) {
        int lo = 0;
        int hi = v6StartHigh.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(v6StartHigh[mid], v6StartLow[mid], high, low) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && compare(v6EndHigh[found], v6EndLow[found], high, low) >= 0 ? v6Value[found] : NONE;
    }

    /** The number of IPv4 ranges. */
    public int ipv4Size() {
        return v4Ranges;
    }

    /** The number of IPv6 ranges. */
    public int ipv6Size() {
        return v6StartHigh.length;
    }

    /** The IPv4 ranges as {@code {start, end, value}} with unsigned bounds, in order (for checks and tests). */
    public List<long[]> ipv4Ranges() {
        List<long[]> out = new ArrayList<>(v4Ranges);
        for (int i = 0; i < v4Segments.length; i++) {
            int value = (int) v4Segments[i];
            if (value != NONE) {
                long end = i + 1 < v4Segments.length ? segmentStart(v4Segments[i + 1]) - 1 : 0xffff_ffffL;
                out.add(new long[] {segmentStart(v4Segments[i]), end, value});
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "RangeTable[" + v4Ranges + " IPv4, " + v6StartHigh.length + " IPv6 ranges]";
    }

    private static long unsigned(int flipped) {
        return (flipped ^ Integer.MIN_VALUE) & 0xffff_ffffL;
    }

    private static long segment(long start, int value) {
        return ((long) ((int) start ^ Integer.MIN_VALUE) << 32) | (value & 0xffff_ffffL);
    }

    private static long segmentStart(long segment) {
        return unsigned((int) (segment >> 32));
    }

    private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int c = Long.compareUnsigned(aHigh, bHigh);
        return c != 0 ? c : Long.compareUnsigned(aLow, bLow);
    }

    /**
     * Collects ranges into growable primitive arrays. Where two ranges with different values overlap, the one added
     * later keeps its whole span and the earlier one is cut back around it; {@link #overlaps()} reports each such
     * pair of values so that callers can name the lines. Overlapping ranges with the same value are merged.
     */
    public static final class Builder {
        private long[] v4Start = new long[1024];
        private long[] v4End = new long[1024];
        private int[] v4Value = new int[1024];
        private int n4;

        private long[] v6 = new long[4 * 256];
        private int[] v6Value = new int[256];
        private int n6;

        private final List<int[]> overlaps = new ArrayList<>();

        private Builder() {}

        /**
         * Adds an inclusive range; both ends must be of the same family, {@code start <= end}, and the value must not
         * be negative.
         */
        public Builder add(IpAddress start, IpAddress end, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("range values must not be negative");
            }
            if (start.ipv4() != end.ipv4()) {
                throw new IllegalArgumentException("range mixes IPv4 and IPv6: " + start + " - " + end);
            }
            if (compare(start.high(), start.low(), end.high(), end.low()) > 0) {
                throw new IllegalArgumentException("range ends before it starts: " + start + " - " + end);
            }
            if (start.ipv4()) {
                return addIpv4(start.ipv4Bits(), end.ipv4Bits(), value);
            }
            if (n6 == v6Value.length) {
                v6 = Arrays.copyOf(v6, v6.length * 2);
                v6Value = Arrays.copyOf(v6Value, v6Value.length * 2);
            }
            v6[4 * n6] = start.high();
            v6[4 * n6 + 1] = start.low();
            v6[4 * n6 + 2] = end.high();
            v6[4 * n6 + 3] = end.low();
            v6Value[n6++] = value;
            return this;
        }

        /** Adds an inclusive IPv4 range given as 32-bit values (the value must not be negative). */
        public Builder addIpv4(int start, int end, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("range values must not be negative");
            }
            long s = start & 0xffff_ffffL;
            long e = end & 0xffff_ffffL;
            if (s > e) {
                throw new IllegalArgumentException("range ends before it starts");
            }
            if (n4 == v4Value.length) {
                v4Start = Arrays.copyOf(v4Start, n4 * 2);
                v4End = Arrays.copyOf(v4End, n4 * 2);
                v4Value = Arrays.copyOf(v4Value, n4 * 2);
            }
            v4Start[n4] = s;
            v4End[n4] = e;
            v4Value[n4++] = value;
            return this;
        }

        /** Adds a single address. */
        public Builder add(IpAddress address, int value) {
            return add(address, address, value);
        }

        /**
         * The pairs {@code {earlier value, later value}} of ranges that overlapped with different values, available
         * after {@link #build()}.
         */
        public List<int[]> overlaps() {
            return List.copyOf(overlaps);
        }

        /** Sorts, resolves overlaps and builds the table. */
        public RangeTable build() {
            int[] order4 = sortedIpv4();
            List<long[]> out4 = new ArrayList<>(n4);
            for (int idx : order4) {
                long[] cur = {v4Start[idx], v4End[idx], v4Value[idx], idx};
                while (!out4.isEmpty() && out4.get(out4.size() - 1)[1] >= cur[0]) {
                    long[] prev = out4.remove(out4.size() - 1);
                    cur = resolve(prev, cur, 0, 1, 2, 3, out4);
                }
                out4.add(cur);
            }
            int[] s4 = new int[out4.size()];
            int[] e4 = new int[out4.size()];
            int[] val4 = new int[out4.size()];
            for (int i = 0; i < out4.size(); i++) {
                long[] r = out4.get(i);
                s4[i] = (int) r[0] ^ Integer.MIN_VALUE;
                e4[i] = (int) r[1] ^ Integer.MIN_VALUE;
                val4[i] = (int) r[2];
            }

            Integer[] order6 = new Integer[n6];
            for (int i = 0; i < n6; i++) {
                order6[i] = i;
            }
            Arrays.sort(order6, (a, b) -> {
                int c = compare(v6[4 * a], v6[4 * a + 1], v6[4 * b], v6[4 * b + 1]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            List<long[]> out6 = new ArrayList<>(n6);
            for (int idx : order6) {
                long[] cur = {v6[4 * idx], v6[4 * idx + 1], v6[4 * idx + 2], v6[4 * idx + 3], v6Value[idx], idx};
                while (!out6.isEmpty()) {
                    long[] prev = out6.get(out6.size() - 1);
                    if (compare(prev[2], prev[3], cur[0], cur[1]) < 0) {
                        break;
                    }
                    out6.remove(out6.size() - 1);
                    cur = resolve6(prev, cur, out6);
                }
                out6.add(cur);
            }
            long[][] arrays6 = new long[4][out6.size()];
            int[] val6 = new int[out6.size()];
            for (int i = 0; i < out6.size(); i++) {
                long[] r = out6.get(i);
                for (int k = 0; k < 4; k++) {
                    arrays6[k][i] = r[k];
                }
                val6[i] = (int) r[4];
            }
            return new RangeTable(s4, e4, val4, arrays6, val6);
        }

        /** Indices of the IPv4 ranges by start, then by the order they were added (cheap when already sorted). */
        private int[] sortedIpv4() {
            int[] order = new int[n4];
            boolean sorted = true;
            for (int i = 0; i < n4; i++) {
                order[i] = i;
                if (i > 0 && v4Start[i] < v4Start[i - 1]) {
                    sorted = false;
                }
            }
            if (sorted) {
                return order;
            }
            long[] keys = new long[n4];
            for (int i = 0; i < n4; i++) {
                keys[i] = (v4Start[i] << 31) | i; // start < 2^32, index < 2^31: the key orders by start, then index
            }
            Arrays.sort(keys);
            for (int i = 0; i < n4; i++) {
                order[i] = (int) (keys[i] & 0x7fff_ffffL);
            }
            return order;
        }

        /**
         * Resolves an overlap of IPv4 ranges {start, end, value, order}: returns the range to carry on with and
         * adds finished pieces to {@code out}.
         */
        private long[] resolve(long[] prev, long[] cur, int s, int e, int v, int o, List<long[]> out) {
            if (prev[v] == cur[v]) {
                return new long[] {prev[s], Math.max(prev[e], cur[e]), cur[v], Math.max(prev[o], cur[o])};
            }
            long[] later = prev[o] > cur[o] ? prev : cur;
            long[] earlier = later == prev ? cur : prev;
            overlaps.add(new int[] {(int) earlier[v], (int) later[v]});
            if (earlier[s] < later[s]) {
                out.add(new long[] {earlier[s], later[s] - 1, earlier[v], earlier[o]});
            }
            if (earlier[e] > later[e]) {
                out.add(later);
                return new long[] {later[e] + 1, earlier[e], earlier[v], earlier[o]};
            }
            return later;
        }

        /** The same for IPv6 ranges {startHigh, startLow, endHigh, endLow, value, order}. */
        private long[] resolve6(long[] prev, long[] cur, List<long[]> out) {
            if (prev[4] == cur[4]) {
                boolean prevEndsLater = compare(prev[2], prev[3], cur[2], cur[3]) > 0;
                return new long[] {
                    prev[0],
                    prev[1],
                    prevEndsLater ? prev[2] : cur[2],
                    prevEndsLater ? prev[3] : cur[3],
                    cur[4],
                    Math.max(prev[5], cur[5])
                };
            }
            long[] later = prev[5] > cur[5] ? prev : cur;
            long[] earlier = later == prev ? cur : prev;
            overlaps.add(new int[] {(int) earlier[4], (int) later[4]});
            if (compare(earlier[0], earlier[1], later[0], later[1]) < 0) {
                long high = later[1] == 0 ? later[0] - 1 : later[0];
                long low = later[1] - 1;
                out.add(new long[] {earlier[0], earlier[1], high, low, earlier[4], earlier[5]});
            }
            if (compare(earlier[2], earlier[3], later[2], later[3]) > 0) {
                out.add(later);
                long high = later[3] == -1L ? later[2] + 1 : later[2];
                long low = later[3] + 1;
                return new long[] {high, low, earlier[2], earlier[3], earlier[4], earlier[5]};
            }
            return later;
        }
    }
}
