package org.tollgate.geo.ip;

/**
 * A special-purpose address block (IANA IPv4/IPv6 Special-Purpose Address Registries and the RFCs they cite): no
 * database can place such an address, because it is not a public Internet address.
 *
 * @param cidr the block, e.g. {@code 10.0.0.0/8}
 * @param name what the block is, e.g. {@code private (RFC 1918)}
 */
public record ReservedRange(String cidr, String name) {}
