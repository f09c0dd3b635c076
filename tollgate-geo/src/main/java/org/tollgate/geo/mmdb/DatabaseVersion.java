package org.tollgate.geo.mmdb;

import java.time.Instant;

/**
 * Which database file answered, from its MMDB metadata (and the npm package it came in, when its
 * {@code package.json} lies beside it), so that a lookup can be reproduced.
 *
 * @param role what the database is used for: {@code country} or {@code city}
 * @param file the file name
 * @param databaseType the metadata's {@code database_type}, e.g. {@code city ipv4}, {@code GeoLite2-City}
 * @param buildEpoch the metadata's {@code build_epoch} (seconds)
 * @param built the same as an instant
 * @param description the metadata's English description, or empty
 * @param ipVersion 4 for an IPv4-only tree, 6 for a tree that holds IPv6 (and usually IPv4) addresses
 * @param source the npm package and version ({@code name@version}) the file was installed from, or empty
 */
public record DatabaseVersion(
        String role,
        String file,
        String databaseType,
        long buildEpoch,
        Instant built,
        String description,
        int ipVersion,
        String source) {}
