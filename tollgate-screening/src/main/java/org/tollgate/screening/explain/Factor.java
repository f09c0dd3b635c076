package org.tollgate.screening.explain;

/**
 * One piece of evidence besides the name that changed the score.
 *
 * @param kind {@code alias_strength}, {@code birth_date}, {@code country}, {@code type} or {@code identifier}
 * @param effect {@code agreed}, {@code conflicted} or {@code weak_alias}
 * @param detail what was compared, for a reader ("query 1952-10-07, list 1952-10-07")
 * @param adjustment what it did to the score: added (positive or negative), or for {@code alias_strength} the
 *     factor applied
 */
public record Factor(String kind, String effect, String detail, double adjustment) {}
