package org.tollgate.lists.parse.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Turns the serial day numbers spreadsheets store for dates into ISO text. */
final class ExcelDates {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Serials past year 9999 cannot be dates. */
    private static final double MAX_SERIAL = 2_958_465;

    private ExcelDates() {}

    /**
     * The ISO form of a serial date: {@code 2025-04-10}, or {@code 2025-04-10T13:45:00} when it has a time of day.
     *
     * @param serial the stored number, e.g. {@code 45757}
     * @param date1904 whether the workbook counts from 1904 (old Mac workbooks) rather than 1900
     * @return the ISO text, or {@code serial} unchanged when it is not a number in the range of dates
     */
    static String iso(String serial, boolean date1904) {
        double value;
        try {
            value = Double.parseDouble(serial.strip());
        } catch (NumberFormatException e) {
            return serial;
        }
        if (!(value >= 1 && value <= MAX_SERIAL)) {
            return serial;
        }
        long days = (long) Math.floor(value);
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else {
            // The 1900 system counts a 29 February 1900 that never was (serial 60); serials before it are one
            // day later than a plain count from 30 December 1899 gives.
            date = days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
            if (days == 60) {
                return serial;
            }
        }
        long seconds = Math.round((value - days) * 86_400);
        if (seconds == 0 || seconds >= 86_400) {
            return date.toString();
        }
        LocalDateTime dt = date.atStartOfDay().plus(seconds, ChronoUnit.SECONDS);
        return String.format(Locale.ROOT, "%sT%02d:%02d:%02d", date, dt.getHour(), dt.getMinute(), dt.getSecond());
    }
}
