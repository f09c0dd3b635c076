package org.tollgate.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.testdata.Fixtures;
import org.tollgate.lists.parse.ParseProblem;

class TorExitListTest {
    @Test
    void readsTheBulkListAndExitAddressLines() throws Exception {
        TorExitList tor = TorExitList.load(Fixtures.torExits());
        assertThat(tor.size()).isEqualTo(5); // one duplicate
        assertThat(tor.contains(IpAddress.parse("185.220.101.1"))).isTrue();
        assertThat(tor.contains(IpAddress.parse("185.220.101.2"))).isTrue();
        assertThat(tor.contains(IpAddress.parse("185.220.101.3"))).isFalse();
        assertThat(tor.contains(IpAddress.parse("45.66.35.10"))).isTrue();
        assertThat(tor.contains(IpAddress.parse("162.247.74.7"))).isTrue();
        assertThat(tor.contains(IpAddress.parse("2a0b:f4c2::1"))).isTrue();
        assertThat(tor.contains(IpAddress.parse("2a0b:f4c2::2"))).isFalse();
        assertThat(tor.source()).isEqualTo("tor-exits.txt");
        assertThat(tor.problems())
                .extracting(ParseProblem::toString)
                .containsExactly(
                        "tor-exits.txt: line 12: not an IP address: 'not-an-address'",
                        "tor-exits.txt: line 13: not an IP address: '999.1.1.1'");
    }

    @Test
    void noListFlagsNothingAndAMissingFileIsAnError() throws GeoException {
        assertThat(TorExitList.none().contains(IpAddress.parse("185.220.101.1")))
                .isFalse();
        assertThatThrownBy(() -> TorExitList.load(Path.of("no-such-tor-list.txt")))
                .isInstanceOf(GeoException.class)
                .hasMessageContaining("no-such-tor-list.txt")
                .hasMessageContaining("cannot read the Tor exit list");
    }
}
