package org.tollgate.geo.place;

/**
 * A mention of a place in an embargoed jurisdiction found in address text.
 *
 * @param jurisdiction the id of the policy embargo the place belongs to, e.g. {@code UA-CRIMEA}
 * @param place the place's usual English name, e.g. {@code Yalta}
 * @param kind {@code country}, {@code region} or {@code city}
 * @param matched the text as written, e.g. {@code Krimea}
 * @param start where it starts in the screened text (a char index)
 * @param end where it ends (exclusive)
 */
public record PlaceMatch(String jurisdiction, String place, String kind, String matched, int start, int end) {}
