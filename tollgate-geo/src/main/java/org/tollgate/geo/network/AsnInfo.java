package org.tollgate.geo.network;

import java.util.Optional;

/**
 * The autonomous system announcing an address.
 *
 * @param asn the AS number
 * @param name the AS organisation's name from the ASN table
 * @param hostingProvider the provider's name when the AS is on the curated list of hosting / data-centre networks
 */
public record AsnInfo(long asn, String name, Optional<String> hostingProvider) {
    /** Whether the AS belongs to a hosting, cloud, CDN or data-centre provider. */
    public boolean hosting() {
        return hostingProvider.isPresent();
    }
}
