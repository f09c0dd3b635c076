package org.tollgate.lists.ofac;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.PartialDate;

/**
 * Reads the date texts of OFAC's legacy formats: {@code 01 Jan 1960}, {@code Jan 1960}, {@code 1960},
 * {@code circa 1960}, {@code 1960 to 1962}, {@code 01 Jan 1976 to 31 Dec 1978} and {@code circa 1960-1962}.
 */
final class OfacDates {
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

    private OfacDates() {}

    /** The birth date a text states, or empty when it is not one of OFAC's forms. */
    static Optional<BirthDate> birthDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        boolean circa = false;
        if (t.regionMatches(true, 0, "circa ", 0, 6)) {
            circa = true;
            t = t.substring(6).strip();
        }
        String from;
        String to;
        int sep = t.toLowerCase(Locale.ROOT).indexOf(" to ");
        Matcher years = YEAR_RANGE.matcher(t);
        if (sep > 0) {
            from = t.substring(0, sep);
            to = t.substring(sep + 4);
        } else if (years.matches()) {
            from = years.group(1);
            to = years.group(2);
        } else {
            from = t;
            to = t;
        }
        Optional<PartialDate> a = date(from);
        Optional<PartialDate> b = from.equals(to) ? a : date(to);
        if (a.isEmpty() || b.isEmpty() || b.get().compareTo(a.get()) < 0) {
            return Optional.empty();
        }
        if (a.get().equals(b.get())) {
            return Optional.of(new BirthDate(a.get(), a.get(), circa));
        }
        // "01 Jan 1976 to 31 Dec 1978" says no more than "1976 to 1978": state a range at its coarsest precision,
        // so the same range reads the same whichever way a list writes it
        LocalDate start = a.get().earliest();
        LocalDate end = b.get().latest();
        return Optional.of(new BirthDate(widest(start, end, true), widest(start, end, false), circa));
    }

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /**
     * One date: OFAC's own forms ({@code 01 Jan 1960}, {@code Jan 1960}, {@code 1960}) are read directly, because a
     * list has thousands of them; anything else goes to the general {@link PartialDate#parse}.
     */
    static Optional<PartialDate> date(String text) {
        String t = text.strip();
        try {
            int n = t.length();
            if (n == 4 && digits(t, 0, 4)) {
                return Optional.of(PartialDate.ofYear(Integer.parseInt(t)));
            }
            if (n == 8 && t.charAt(3) == ' ' && digits(t, 4, 8) && month(t, 0) > 0) {
                return Optional.of(new PartialDate(Integer.parseInt(t.substring(4)), month(t, 0), 0));
            }
            if (n == 11
                    && t.charAt(2) == ' '
                    && t.charAt(6) == ' '
                    && digits(t, 0, 2)
                    && digits(t, 7, 11)
                    && month(t, 3) > 0) {
                return Optional.of(new PartialDate(
                        Integer.parseInt(t.substring(7)), month(t, 3), Integer.parseInt(t.substring(0, 2))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return PartialDate.parse(t);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The month (1-12) of the three letters at {@code at}, or 0. */
    private static int month(String s, int at) {
        int i = MONTHS.indexOf(s.substring(at, at + 3));
        return i >= 0 && i % 3 == 0 ? i / 3 + 1 : 0;
    }

    /**
     * A birth date from the ENHANCED format's date bounds, for a feature whose text is not readable: the precision is
     * recovered from the bounds (a whole year, a whole month, or one day).
     */
    static Optional<BirthDate> fromBounds(String fromBegin, String toEnd, boolean approximate) {
        try {
            LocalDate a = LocalDate.parse(fromBegin.strip().substring(0, 10));
            LocalDate b = LocalDate.parse(toEnd.strip().substring(0, 10));
            if (b.isBefore(a)) {
                return Optional.empty();
            }
            PartialDate from = widest(a, b, true);
            PartialDate to = widest(a, b, false);
            return Optional.of(new BirthDate(from, to, approximate));
        } catch (DateTimeParseException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The coarsest partial date whose span starts at {@code a} (start) or ends at {@code b} (end). */
    private static PartialDate widest(LocalDate a, LocalDate b, boolean start) {
        boolean wholeYears = a.getDayOfYear() == 1 && b.getMonthValue() == 12 && b.getDayOfMonth() == 31;
        if (wholeYears) {
            return PartialDate.ofYear(start ? a.getYear() : b.getYear());
        }
        boolean wholeMonths = a.getDayOfMonth() == 1 && b.getDayOfMonth() == b.lengthOfMonth();
        if (wholeMonths) {
            LocalDate d = start ? a : b;
            return new PartialDate(d.getYear(), d.getMonthValue(), 0);
        }
        return PartialDate.of(start ? a : b);
    }

    /** A date of OFAC's XML header ({@code MM/dd/yyyy}), or empty. */
    static Optional<LocalDate> usDate(String text) {
        Matcher m = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
