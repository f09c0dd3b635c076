package org.tollgate.geo.ip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tollgate.geo.GeoException;

class RangeTableTest {
    private static IpAddress ip(String s) throws GeoException {
        return IpAddress.parse(s);
    }

    @Test
    void anEmptyTableFindsNothing() throws GeoException {
        RangeTable t = RangeTable.builder().build();
        assertThat(t.find(ip("0.0.0.0"))).isEqualTo(RangeTable.NONE);
        assertThat(t.find(ip("255.255.255.255"))).isEqualTo(RangeTable.NONE);
        assertThat(t.find(ip("::1"))).isEqualTo(RangeTable.NONE);
        assertThat(t.ipv4Ranges()).isEmpty();
    }

    @Test
    void findsTheRangeHoldingAnAddress() throws GeoException {
        RangeTable t = RangeTable.builder()
                .add(ip("1.0.0.0"), ip("1.0.0.255"), 1)
                .add(ip("1.0.4.0"), ip("1.0.7.255"), 2)
                .add(ip("8.0.0.0"), ip("8.255.255.255"), 3) // spans many /16 buckets
                .add(ip("255.255.255.255"), ip("255.255.255.255"), 4)
                .add(ip("0.0.0.0"), ip("0.0.0.0"), 5)
                .add(ip("2001:db8::"), ip("2001:db8::ffff"), 6)
                .add(ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fff0"), ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), 7)
                .build();
        assertThat(t.find(ip("1.0.0.0"))).isEqualTo(1);
        assertThat(t.find(ip("1.0.0.255"))).isEqualTo(1);
        assertThat(t.find(ip("1.0.1.0"))).isEqualTo(RangeTable.NONE);
        assertThat(t.find(ip("1.0.5.5"))).isEqualTo(2);
        assertThat(t.find(ip("7.255.255.255"))).isEqualTo(RangeTable.NONE);
        assertThat(t.find(ip("8.8.8.8"))).isEqualTo(3);
        assertThat(t.find(ip("8.255.255.255"))).isEqualTo(3);
        assertThat(t.find(ip("9.0.0.0"))).isEqualTo(RangeTable.NONE);
        assertThat(t.find(ip("255.255.255.255"))).isEqualTo(4);
        assertThat(t.find(ip("255.255.255.254"))).isEqualTo(RangeTable.NONE);
        assertThat(t.find(ip("0.0.0.0"))).isEqualTo(5);
        assertThat(t.find(ip("128.0.0.0"))).isEqualTo(RangeTable.NONE);
        assertThat(t.find(ip("2001:db8::abcd"))).isEqualTo(6);
        assertThat(t.find(ip("2001:db8::1:0"))).isEqualTo(RangeTable.NONE);
        assertThat(t.find(ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fff8"))).isEqualTo(7);
        assertThat(t.find(ip("::"))).isEqualTo(RangeTable.NONE);
        assertThat(t.ipv4Size()).isEqualTo(5);
        assertThat(t.ipv6Size()).isEqualTo(2);
    }

    @Test
    void theLaterOfTwoOverlappingRangesWins() throws GeoException {
        RangeTable.Builder b = RangeTable.builder()
                .add(ip("10.0.0.0"), ip("10.0.0.255"), 1)
                .add(ip("10.0.0.100"), ip("10.0.0.199"), 2) // inside 1: cuts it in two
                .add(ip("10.0.1.0"), ip("10.0.1.9"), 3)
                .add(ip("10.0.1.5"), ip("10.0.1.20"), 4) // overlaps the end of 3
                .add(ip("10.0.2.0"), ip("10.0.2.9"), 5)
                .add(ip("10.0.2.5"), ip("10.0.2.9"), 5); // same value: merged, no overlap reported
        RangeTable t = b.build();
        assertThat(t.ipv4Ranges())
                .extracting(r -> r[0] + "-" + r[1] + ":" + r[2])
                .containsExactly(
                        "167772160-167772259:1",
                        "167772260-167772359:2",
                        "167772360-167772415:1",
                        "167772416-167772420:3",
                        "167772421-167772436:4",
                        "167772672-167772681:5");
        assertThat(b.overlaps()).containsExactly(new int[] {1, 2}, new int[] {3, 4});
    }

    @Test
    void ipv6OverlapsAreResolvedTheSameWay() throws GeoException {
        RangeTable.Builder b = RangeTable.builder()
                .add(ip("2001:db8::"), ip("2001:db8::ffff"), 1)
                .add(ip("2001:db8::100"), ip("2001:db8::1ff"), 2);
        RangeTable t = b.build();
        assertThat(t.find(ip("2001:db8::ff"))).isEqualTo(1);
        assertThat(t.find(ip("2001:db8::100"))).isEqualTo(2);
        assertThat(t.find(ip("2001:db8::1ff"))).isEqualTo(2);
        assertThat(t.find(ip("2001:db8::200"))).isEqualTo(1);
        assertThat(t.ipv6Size()).isEqualTo(3);
        assertThat(b.overlaps()).containsExactly(new int[] {1, 2});
    }

    @Test
    void refusesBackwardsAndMixedRanges() {
        assertThatThrownBy(() -> RangeTable.builder().add(ip("1.0.0.9"), ip("1.0.0.1"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> RangeTable.builder().add(ip("1.0.0.1"), ip("::1"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixes");
        assertThatThrownBy(() -> RangeTable.builder().add(ip("1.0.0.1"), ip("1.0.0.2"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void agreesWithALinearScanOnRandomRanges() {
        Random random = new Random(42);
        List<long[]> ranges = new ArrayList<>();
        RangeTable.Builder b = RangeTable.builder();
        long next = 0;
        for (int i = 0; i < 5000 && next < 0xffff_ffffL; i++) {
            long start = next + random.nextInt(1 << 20);
            long end = Math.min(0xffff_ffffL, start + random.nextInt(1 << 18));
            if (start > 0xffff_ffffL) {
                break;
            }
            ranges.add(new long[] {start, end, i});
            b.addIpv4((int) start, (int) end, i);
            next = end + 1;
        }
        RangeTable t = b.build();
        for (int k = 0; k < 100_000; k++) {
            long a = random.nextInt() & 0xffff_ffffL;
            int expected = RangeTable.NONE;
            for (long[] r : ranges) {
                if (r[0] <= a && a <= r[1]) {
                    expected = (int) r[2];
                    break;
                }
                if (r[0] > a) {
                    break;
                }
            }
            assertThat(t.findIpv4((int) a)).as("address %d", a).isEqualTo(expected);
        }
    }
}
