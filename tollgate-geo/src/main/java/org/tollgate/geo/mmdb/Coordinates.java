package org.tollgate.geo.mmdb;

/**
 * A point a database gives for a network (the centre of the area it places the network in, not the host).
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record Coordinates(double latitude, double longitude) {}
