package org.tollgate.lists.model;

import java.util.Objects;

/**
 * A birth date as a list states it: one date at day, month or year precision, or a range ("1960 to 1962"),
 * possibly approximate ("circa 1965").
 *
 * @param from the earliest date stated
 * @param to the latest date stated (equal to {@code from} for a single date)
 * @param circa whether the list marks the date as approximate
 */
public record BirthDate(PartialDate from, PartialDate to, boolean circa) {
    public BirthDate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("birth date range ends before it starts: " + from + " to " + to);
        }
    }

    public static BirthDate of(PartialDate date) {
        return new BirthDate(date, date, false);
    }

    /** Whether this is a range of dates rather than one date. */
    public boolean isRange() {
        return !from.equals(to);
    }

    /** The finest precision known: that of {@code from} for a single date, YEAR for a range of years. */
    public DatePrecision precision() {
        return from.precision();
    }

    @Override
    public String toString() {
        String s = isRange() ? from + ".." + to : from.toString();
        return circa ? "~" + s : s;
    }
}
