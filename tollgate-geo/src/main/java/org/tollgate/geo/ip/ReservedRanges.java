package org.tollgate.geo.ip;

import java.util.List;
import java.util.Optional;

/**
 * Classifies private and reserved addresses without any database: RFC 1918 private space, loopback, link-local,
 * carrier-grade NAT, documentation and benchmarking ranges, multicast, the IPv4 "future use" block, and on IPv6
 * unique-local, link-local, site-local, multicast, documentation, NAT64 and everything outside global unicast
 * {@code 2000::/3}.
 */
public final class ReservedRanges {
    private static final int[] V4_NET;
    private static final int[] V4_MASK;
    private static final ReservedRange[] V4_RANGES;

    private static final long[] V6_HIGH;
    private static final long[] V6_LOW;
    private static final int[] V6_PREFIX;
    private static final ReservedRange[] V6_RANGES;

    /** Outside {@code 2000::/3} nothing is global unicast today. */
    private static final ReservedRange NOT_GLOBAL_UNICAST =
            new ReservedRange("(outside 2000::/3)", "reserved: not global unicast (RFC 4291)");

    static {
        // Most specific first is not needed (the blocks do not nest), but the common ones come first.
        List<ReservedRange> v4 = List.of(
                new ReservedRange("10.0.0.0/8", "private (RFC 1918)"),
                new ReservedRange("192.168.0.0/16", "private (RFC 1918)"),
                new ReservedRange("172.16.0.0/12", "private (RFC 1918)"),
                new ReservedRange("100.64.0.0/10", "shared address space, carrier-grade NAT (RFC 6598)"),
                new ReservedRange("127.0.0.0/8", "loopback (RFC 1122)"),
                new ReservedRange("169.254.0.0/16", "link-local (RFC 3927)"),
                new ReservedRange("0.0.0.0/8", "this network (RFC 791)"),
                new ReservedRange("192.0.0.0/24", "IETF protocol assignments (RFC 6890)"),
                new ReservedRange("192.0.2.0/24", "documentation TEST-NET-1 (RFC 5737)"),
                new ReservedRange("198.51.100.0/24", "documentation TEST-NET-2 (RFC 5737)"),
                new ReservedRange("203.0.113.0/24", "documentation TEST-NET-3 (RFC 5737)"),
                new ReservedRange("192.88.99.0/24", "6to4 relay anycast, deprecated (RFC 7526)"),
                new ReservedRange("198.18.0.0/15", "benchmarking (RFC 2544)"),
                new ReservedRange("224.0.0.0/4", "multicast (RFC 5771)"),
                new ReservedRange("240.0.0.0/4", "reserved for future use and broadcast (RFC 1112, RFC 919)"));
        V4_NET = new int[v4.size()];
        V4_MASK = new int[v4.size()];
        V4_RANGES = v4.toArray(new ReservedRange[0]);
        for (int i = 0; i < v4.size(); i++) {
            String[] parts = v4.get(i).cidr().split("/");
            int prefix = Integer.parseInt(parts[1]);
            V4_MASK[i] = prefix == 0 ? 0 : -1 << (32 - prefix);
            V4_NET[i] = parseLiteral(parts[0]).ipv4Bits() & V4_MASK[i];
        }
        List<ReservedRange> v6 = List.of(
                new ReservedRange("::/128", "unspecified (RFC 4291)"),
                new ReservedRange("::1/128", "loopback (RFC 4291)"),
                new ReservedRange("fc00::/7", "unique local (RFC 4193)"),
                new ReservedRange("fe80::/10", "link-local (RFC 4291)"),
                new ReservedRange("fec0::/10", "site-local, deprecated (RFC 3879)"),
                new ReservedRange("ff00::/8", "multicast (RFC 4291)"),
                new ReservedRange("64:ff9b::/96", "NAT64 well-known prefix (RFC 6052)"),
                new ReservedRange("64:ff9b:1::/48", "NAT64 local use (RFC 8215)"),
                new ReservedRange("100::/64", "discard-only (RFC 6666)"),
                new ReservedRange("2001:db8::/32", "documentation (RFC 3849)"),
                new ReservedRange("3fff::/20", "documentation (RFC 9637)"),
                new ReservedRange("2001:2::/48", "benchmarking (RFC 5180)"),
                new ReservedRange("2001:10::/28", "ORCHID, deprecated (RFC 4843)"));
        V6_HIGH = new long[v6.size()];
        V6_LOW = new long[v6.size()];
        V6_PREFIX = new int[v6.size()];
        V6_RANGES = v6.toArray(new ReservedRange[0]);
        for (int i = 0; i < v6.size(); i++) {
            String[] parts = v6.get(i).cidr().split("/");
            IpAddress net = parseLiteral(parts[0]);
            V6_HIGH[i] = net.high();
            V6_LOW[i] = net.low();
            V6_PREFIX[i] = Integer.parseInt(parts[1]);
        }
    }

    private ReservedRanges() {}

    /** The reserved block this address lies in, or empty for a public address. */
    public static Optional<ReservedRange> of(IpAddress ip) {
        return Optional.ofNullable(find(ip));
    }

    /** Like {@link #of} without the Optional: null for a public address (for the lookup hot path). */
    private static ReservedRange find(IpAddress ip) {
        if (ip.ipv4()) {
            int bits = ip.ipv4Bits();
            for (int i = 0; i < V4_NET.length; i++) {
                if ((bits & V4_MASK[i]) == V4_NET[i]) {
                    return V4_RANGES[i];
                }
            }
            return null;
        }
        for (int i = 0; i < V6_HIGH.length; i++) {
            if (inPrefix(ip, V6_HIGH[i], V6_LOW[i], V6_PREFIX[i])) {
                return V6_RANGES[i];
            }
        }
        return (ip.high() >>> 61) == 1 ? null : NOT_GLOBAL_UNICAST;
    }

    /** Whether the address is private or reserved. */
    public static boolean isReserved(IpAddress ip) {
        return find(ip) != null;
    }

    private static boolean inPrefix(IpAddress ip, long high, long low, int prefix) {
        if (prefix <= 64) {
            long mask = prefix == 0 ? 0 : -1L << (64 - prefix);
            return (ip.high() & mask) == high;
        }
        long mask = -1L << (128 - prefix);
        return ip.high() == high && (ip.low() & mask) == low;
    }

    private static IpAddress parseLiteral(String text) {
        return IpAddress.tryParse(text).orElseThrow(() -> new IllegalStateException("bad built-in block " + text));
    }
}
