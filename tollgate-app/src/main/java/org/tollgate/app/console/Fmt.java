package org.tollgate.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Formatting for the templates ({@code ${@fmt.time(x)}}): times in UTC, as the audit log keeps them, so that two
 * analysts in different places read the same time; ages; scores.
 */
@Component("fmt")
class Fmt {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    Fmt(Clock clock) {
        this.clock = clock;
    }

    public String time(@Nullable Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    public String seconds(@Nullable Instant t) {
        return t == null ? "" : SECONDS.format(t);
    }

    /** ISO-8601, for the {@code datetime} attribute of {@code <time>}. */
    public String iso(@Nullable Instant t) {
        return t == null ? "" : t.toString();
    }

    /** How long ago: "5 min", "3 h", "2 days". */
    public String age(@Nullable Instant t) {
        return t == null ? "" : ListStatus.human(Duration.between(t, clock.instant()));
    }

    public String score(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    public String num(double s) {
        return String.format(Locale.ROOT, "%.4f", s);
    }

    /** A signed adjustment: "+0.05", "−0.10". */
    public String signed(double s) {
        return (s >= 0 ? "+" : "−") + String.format(Locale.ROOT, "%.2f", Math.abs(s));
    }

    public String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** The first 12 characters of a hash: enough to tell snapshots apart at a glance; the title shows it whole. */
    public String shortHash(@Nullable String h) {
        return h == null ? "" : h.length() > 12 ? h.substring(0, 12) : h;
    }

    /** "user:dana" → "dana"; other actors (API keys, system jobs) as they are. */
    public String actor(@Nullable String a) {
        if (a == null) {
            return "";
        }
        return a.startsWith("user:") ? a.substring(5) : a;
    }

    /** "true_match_proposed" → "true match proposed". */
    public String words(@Nullable String code) {
        return code == null ? "" : code.replace('_', ' ').replace('.', ' ');
    }

    /** A bar's width in percent of the largest value (at least a sliver when non-zero, so it stays visible). */
    public long bar(long value, long max) {
        if (max <= 0 || value <= 0) {
            return 0;
        }
        return Math.max(2, Math.round(100.0 * value / max));
    }
}
