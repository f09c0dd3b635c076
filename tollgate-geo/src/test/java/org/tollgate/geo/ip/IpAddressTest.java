package org.tollgate.geo.ip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tollgate.geo.GeoException;

class IpAddressTest {
    @ParameterizedTest
    @CsvSource({
        "8.8.8.8, 8.8.8.8",
        " 175.45.176.1 , 175.45.176.1",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "::, ::",
        "::1, ::1",
        "2001:DB8::1, 2001:db8::1",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", // RFC 5952: the first of two equal runs
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1", // a single zero group is not compressed
        "fe80::1:2:3:4, fe80::1:2:3:4",
        "1::, 1::",
        "::ffff:217.147.8.1, 217.147.8.1", // IPv4-mapped: the IPv4 host
        "::FFFF:d993:0801, 217.147.8.1",
        "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
        "2a01:5ec0::1, 2a01:5ec0::1"
    })
    void parsesAndPrintsCanonically(String text, String canonical) throws GeoException {
        assertThat(IpAddress.parse(text).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "localhost",
                "example.com",
                "1.2.3",
                "1.2.3.4.5",
                "256.1.1.1",
                "01.2.3.4",
                "1.2.3.4 5",
                "1..2.3",
                "1.2.3.",
                ":::",
                "1::2::3",
                "12345::1",
                "g::1",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7:8::",
                "fe80::1%eth0",
                "[::1]",
                "::1.2.3",
                ":1::",
                "1::2:"
            })
    void refusesWhatIsNotAnAddressLiteral(String text) {
        assertThat(IpAddress.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> IpAddress.parse(text))
                .isInstanceOf(GeoException.class)
                .hasMessageContaining("not an IP address");
    }

    @Test
    void agreesWithInetAddressOnRandomAddresses() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[i % 2 == 0 ? 4 : 16];
            random.nextBytes(b);
            InetAddress inet = InetAddress.getByAddress(b);
            IpAddress ip = IpAddress.of(inet);
            assertThat(IpAddress.parse(inet.getHostAddress())).isEqualTo(ip);
            assertThat(ip.toInetAddress()).isEqualTo(inet);
            assertThat(IpAddress.parse(ip.toString())).isEqualTo(ip);
        }
    }

    @Test
    void holdsIpv4InTheLowHalf() throws GeoException {
        IpAddress ip = IpAddress.parse("217.147.8.1");
        assertThat(ip.ipv4()).isTrue();
        assertThat(ip.high()).isZero();
        assertThat(ip.low()).isEqualTo(0xd9930801L);
        assertThat(ip.ipv4Bits()).isEqualTo(0xd9930801);
        assertThat(IpAddress.ofIpv4(0xd9930801)).isEqualTo(ip);
        assertThatThrownBy(() -> new IpAddress(1, 0, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
