package org.tollgate.geo.ip;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.tollgate.geo.GeoException;

/**
 * An IPv4 or IPv6 address held as two unsigned 64-bit halves, parsed from text without ever asking DNS (unlike
 * {@link InetAddress#getByName}, which resolves anything that is not a literal).
 *
 * <p>An IPv4 address has {@code high == 0} and its 32 bits in the low half. IPv4-mapped IPv6 addresses
 * ({@code ::ffff:a.b.c.d}) are the same host as the IPv4 address and are parsed as IPv4, so a client seen through a
 * dual-stack socket is looked up like any other IPv4 client.
 *
 * @param high the first 64 bits of an IPv6 address; 0 for IPv4
 * @param low the last 64 bits of an IPv6 address, or the 32 bits of an IPv4 address
 * @param ipv4 whether this is an IPv4 address
 */
public record IpAddress(long high, long low, boolean ipv4) {
    private static final long MAPPED_PREFIX = 0xffff_0000_0000L;

    public IpAddress {
        if (ipv4 && (high != 0 || (low >>> 32) != 0)) {
            throw new IllegalArgumentException("an IPv4 address has 32 bits");
        }
    }

    /** The IPv4 address with these 32 bits. */
    public static IpAddress ofIpv4(int bits) {
        return new IpAddress(0, bits & 0xffff_ffffL, true);
    }

    /** The IPv6 address with these 128 bits (IPv4-mapped addresses become IPv4). */
    public static IpAddress ofIpv6(long high, long low) {
        if (high == 0 && (low & 0xffff_ffff_0000_0000L) == MAPPED_PREFIX) {
            return ofIpv4((int) low);
        }
        return new IpAddress(high, low, false);
    }

    /** The address of a {@link InetAddress} (already resolved; nothing is looked up). */
    public static IpAddress of(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return ofIpv4(((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff));
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (b[i] & 0xff);
            lo = (lo << 8) | (b[i + 8] & 0xff);
        }
        return ofIpv6(hi, lo);
    }

    /**
     * Parses an IPv4 dotted quad or an IPv6 address (with {@code ::} and an embedded dotted quad allowed).
     *
     * @throws GeoException when the text is not an IP address literal
     */
    public static IpAddress parse(String text) throws GeoException {
        Optional<IpAddress> ip = tryParse(text);
        if (ip.isEmpty()) {
            throw new GeoException("not an IP address: '" + text + "'");
        }
        return ip.get();
    }

    /** Parses like {@link #parse}, or empty when the text is not an IP address literal. */
    public static Optional<IpAddress> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 45) {
            return Optional.empty();
        }
        if (s.indexOf(':') < 0) {
            long v4 = parseIpv4(s, 0, s.length());
            return v4 < 0 ? Optional.empty() : Optional.of(ofIpv4((int) v4));
        }
        return parseIpv6(s);
    }

    /** The 32 bits of an IPv4 address. */
    public int ipv4Bits() {
        return (int) low;
    }

    /** This address as an {@link InetAddress} (no lookup). */
    public InetAddress toInetAddress() {
        byte[] b;
        if (ipv4) {
            int v = (int) low;
            b = new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        } else {
            b = new byte[16];
            for (int i = 0; i < 8; i++) {
                b[i] = (byte) (high >>> (56 - 8 * i));
                b[i + 8] = (byte) (low >>> (56 - 8 * i));
            }
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4- or 16-byte address is always valid", e);
        }
    }

    /** The canonical text: a dotted quad, or the RFC 5952 form of an IPv6 address. */
    @Override
    public String toString() {
        if (ipv4) {
            int v = (int) low;
            return (v >>> 24) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) ((high >>> (48 - 16 * i)) & 0xffff);
            g[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xffff);
        }
        // RFC 5952: compress the longest run of two or more zero groups (the first one on a tie).
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    /** The dotted quad in {@code s[from, to)} as an unsigned value, or -1. Leading zeros are refused (octal?). */
    private static long parseIpv4(String s, int from, int to) {
        long value = 0;
        int parts = 0;
        int i = from;
        while (i <= to) {
            int start = i;
            int part = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                part = part * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return -1;
                }
            }
            int len = i - start;
            if (len == 0 || part > 255 || (len > 1 && s.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | part;
            parts++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != '.' || parts == 4) {
                return -1;
            }
            i++;
        }
        return parts == 4 ? value : -1;
    }

    private static Optional<IpAddress> parseIpv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        int[] head = new int[8];
        int[] tail = new int[8];
        int headCount;
        int tailCount;
        if (doubleColon < 0) {
            headCount = groups(s, 0, s.length(), head, true);
            if (headCount != 8) {
                return Optional.empty();
            }
            tailCount = 0;
        } else {
            headCount = doubleColon == 0 ? 0 : groups(s, 0, doubleColon, head, false);
            tailCount = doubleColon + 2 == s.length() ? 0 : groups(s, doubleColon + 2, s.length(), tail, true);
            if (headCount < 0 || tailCount < 0 || headCount + tailCount > 7) {
                return Optional.empty();
            }
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, headCount);
        System.arraycopy(tail, 0, all, 8 - tailCount, tailCount);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = (hi << 16) | all[i];
            lo = (lo << 16) | all[i + 4];
        }
        return Optional.of(ofIpv6(hi, lo));
    }

    /**
     * Reads colon-separated hex groups from {@code s[from, to)} into {@code out}; the last may be a dotted quad
     * (two groups) when {@code mayEndWithIpv4}. Returns the number of groups, or -1.
     */
    private static int groups(String s, int from, int to, int[] out, boolean mayEndWithIpv4) {
        int n = 0;
        int i = from;
        while (true) {
            int start = i;
            int value = 0;
            while (i < to && Character.digit(s.charAt(i), 16) >= 0 && i - start < 4) {
                value = (value << 4) | Character.digit(s.charAt(i), 16);
                i++;
            }
            if (i < to && s.charAt(i) == '.' && mayEndWithIpv4) {
                long v4 = parseIpv4(s, start, to);
                if (v4 < 0 || n > 6) {
                    return -1;
                }
                out[n++] = (int) (v4 >>> 16);
                out[n++] = (int) (v4 & 0xffff);
                return n;
            }
            if (i == start || n == 8) {
                return -1;
            }
            out[n++] = value;
            if (i == to) {
                return n;
            }
            if (s.charAt(i) != ':') {
                return -1;
            }
            i++;
            if (i == to) {
                return -1;
            }
        }
    }
}
