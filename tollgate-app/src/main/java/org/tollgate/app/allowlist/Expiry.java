package org.tollgate.app.allowlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.tollgate.app.web.ApiProblem;

/**
 * An allow-list expiry as a person or a client gives it: an ISO-8601 instant ({@code 2027-01-01T00:00:00Z}), a time
 * with an offset ({@code 2027-01-01T09:00:00+01:00}) or a date ({@code 2027-01-01}), which means the start of that
 * day in UTC — the entry no longer applies on that day, as in the console's date field.
 */
public final class Expiry {
    private Expiry() {}

    /** Parses {@code text}; a value that is none of the three forms is a 400 naming {@code field}. */
    public static Instant parse(String field, String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "must be an ISO-8601 instant (2027-01-01T00:00:00Z) or date (2027-01-01)");
        }
    }
}
