package org.tollgate.lists.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that may be known only to the year or the month, as birth dates on lists often are.
 *
 * @param year the year (four digits)
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown (always 0 when the month is unknown)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3,})\\.?,?\\s+(\\d{4})");
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** How precisely this date is known. */
    public DatePrecision precision() {
        return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The first day this date can stand for. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date can stand for. */
    public LocalDate latest() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        if (day == 0) {
            LocalDate first = LocalDate.of(year, month, 1);
            return first.withDayOfMonth(first.lengthOfMonth());
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * Parses ISO forms ({@code 1970}, {@code 1970-05}, {@code 1970-05-01}) and the list forms {@code 01 May
     * 1970}, {@code May 1970}, {@code 01/05/1970} (day first) and {@code 1970/05/01}.
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                return Optional.of(new PartialDate(y, mo, d));
            }
            Matcher dmy = DMY.matcher(t);
            if (dmy.matches()) {
                return Optional.of(new PartialDate(
                        Integer.parseInt(dmy.group(3)),
                        Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            Matcher ymd = YMD.matcher(t);
            if (ymd.matches()) {
                return Optional.of(new PartialDate(
                        Integer.parseInt(ymd.group(1)),
                        Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))));
            }
            Matcher words = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3,})\\.?,?\\s+(\\d{4})")
                    .matcher(t);
            if (words.matches()) {
                int mo = monthOf(words.group(2));
                if (mo > 0) {
                    int d = words.group(1) == null ? 0 : Integer.parseInt(words.group(1));
                    return Optional.of(new PartialDate(Integer.parseInt(words.group(3)), mo, d));
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (w.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    /** ISO form to the known precision: {@code 1970}, {@code 1970-05} or {@code 1970-05-01}. */
    @Override
    public String toString() {
        // by hand rather than String.format: screening explains a birth date for every candidate it scores
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (month != 0) {
            pad(b.append('-'), month, 2);
            if (day != 0) {
                pad(b.append('-'), day, 2);
            }
        }
        return b.toString();
    }

    /** Appends {@code n} zero-padded to {@code width} digits, as {@code %0<width>d} does. */
    private static void pad(StringBuilder b, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        b.append(digits);
    }
}
