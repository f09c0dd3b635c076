package org.tollgate.geo.ip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tollgate.geo.GeoException;

class ReservedRangesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "10.0.0.1 | 10.0.0.0/8",
                "10.255.255.255 | 10.0.0.0/8",
                "172.16.0.1 | 172.16.0.0/12",
                "172.31.255.254 | 172.16.0.0/12",
                "192.168.1.1 | 192.168.0.0/16",
                "100.64.0.1 | 100.64.0.0/10",
                "100.127.255.255 | 100.64.0.0/10",
                "127.0.0.1 | 127.0.0.0/8",
                "169.254.169.254 | 169.254.0.0/16",
                "0.0.0.0 | 0.0.0.0/8",
                "192.0.0.8 | 192.0.0.0/24",
                "192.0.2.10 | 192.0.2.0/24",
                "198.51.100.7 | 198.51.100.0/24",
                "203.0.113.99 | 203.0.113.0/24",
                "198.19.0.1 | 198.18.0.0/15",
                "224.0.0.251 | 224.0.0.0/4",
                "239.255.255.250 | 224.0.0.0/4",
                "240.0.0.1 | 240.0.0.0/4",
                "255.255.255.255 | 240.0.0.0/4",
                "::ffff:10.1.2.3 | 10.0.0.0/8",
                ":: | ::/128",
                "::1 | ::1/128",
                "fd12:3456:789a::1 | fc00::/7",
                "fc00::1 | fc00::/7",
                "fe80::1 | fe80::/10",
                "febf::1 | fe80::/10",
                "fec0::1 | fec0::/10",
                "ff02::1 | ff00::/8",
                "2001:db8::1 | 2001:db8::/32",
                "3fff:fff::1 | 3fff::/20",
                "64:ff9b::8.8.8.8 | 64:ff9b::/96",
                "100::1 | 100::/64",
                "::8.8.8.8 | (outside 2000::/3)",
                "4000::1 | (outside 2000::/3)"
            })
    void flagsPrivateAndReservedAddresses(String ip, String block) throws GeoException {
        assertThat(ReservedRanges.of(IpAddress.parse(ip)))
                .get()
                .extracting(ReservedRange::cidr)
                .isEqualTo(block);
        assertThat(ReservedRanges.isReserved(IpAddress.parse(ip))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "9.255.255.255",
                "11.0.0.0",
                "172.15.255.255",
                "172.32.0.0",
                "100.63.255.255",
                "100.128.0.0",
                "192.0.3.1",
                "192.169.0.1",
                "175.45.176.1",
                "223.255.255.255",
                "2001:4860:4860::8888",
                "2a01:5ec0::1",
                "2001:db9::1",
                "3fff:1000::1"
            })
    void leavesPublicAddressesAlone(String ip) throws GeoException {
        assertThat(ReservedRanges.of(IpAddress.parse(ip))).isEmpty();
    }
}
