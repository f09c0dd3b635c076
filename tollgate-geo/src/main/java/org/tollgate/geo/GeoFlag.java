package org.tollgate.geo;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/** What a lookup found about an address. */
public enum GeoFlag {
    /** A private or reserved address (RFC 1918, loopback, CGNAT, documentation, multicast, ULA, …): not looked up. */
    PRIVATE,
    /** A listed Tor exit node. */
    TOR,
    /** An address of a hosting, cloud, CDN or data-centre network. */
    HOSTING,
    /** Tor or hosting: the person's own location is hidden. */
    ANONYMISER,
    /** In a jurisdiction the policy embargoes on the day asked. */
    EMBARGOED,
    /** In a jurisdiction with a special measure (a prohibition or condition on some services). */
    SPECIAL_MEASURE,
    /** In a high-risk jurisdiction. */
    HIGH_RISK,
    /** The country database and the city database place the address in different countries. */
    DATABASES_DISAGREE;

    private static final GeoFlag[] ALL = values();
    private static final FlagSet[] SETS = new FlagSet[1 << ALL.length];

    static {
        for (int mask = 0; mask < SETS.length; mask++) {
            SETS[mask] = new FlagSet(mask);
        }
    }

    /** The flag's name in output: {@code databases_disagree}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This flag's bit in a mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /**
     * The immutable set of the flags in a bit mask, in declaration order. The sets are made once, so a lookup that
     * builds its flags as bits allocates nothing for them.
     */
    public static Set<GeoFlag> setOf(int mask) {
        return SETS[mask & (SETS.length - 1)];
    }

    /** The flags of a collection as an immutable set in declaration order. */
    public static Set<GeoFlag> setOf(Collection<GeoFlag> flags) {
        if (flags instanceof FlagSet f) {
            return f;
        }
        int mask = 0;
        for (GeoFlag f : flags) {
            mask |= f.bit();
        }
        return setOf(mask);
    }

    /** An immutable set of flags held as bits. */
    private static final class FlagSet extends AbstractSet<GeoFlag> {
        private final int mask;

        FlagSet(int mask) {
            this.mask = mask;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof GeoFlag f && (mask & f.bit()) != 0;
        }

        @Override
        public int size() {
            return Integer.bitCount(mask);
        }

        @Override
        public Iterator<GeoFlag> iterator() {
            return new Iterator<>() {
                private int rest = mask;

                @Override
                public boolean hasNext() {
                    return rest != 0;
                }

                @Override
                public GeoFlag next() {
                    if (rest == 0) {
                        throw new NoSuchElementException();
                    }
                    int i = Integer.numberOfTrailingZeros(rest);
                    rest &= rest - 1;
                    return ALL[i];
                }
            };
        }
    }
}
