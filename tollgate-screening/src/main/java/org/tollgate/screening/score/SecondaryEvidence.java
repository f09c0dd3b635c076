package org.tollgate.screening.score;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.DatePrecision;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.screening.Party;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.explain.Factor;
import org.tollgate.screening.index.IdentifierKeys;

/**
 * Weighs what the query and a party state besides the name. A birth date that agrees raises the score a
 * little (more the more precise it is); one that disagrees by more than a couple of years lowers it a lot,
 * because list dates are rarely that wrong. A country that agrees or conflicts moves it a little (lists
 * rarely give every nationality). A type conflict (a person is not a vessel) is a strong penalty. An equal
 * identifier (passport, IMO or registration number) is strong evidence on its own.
 */
public final class SecondaryEvidence {
    private SecondaryEvidence() {}

    /**
     * The evidence.
     *
     * @param adjustment the sum to add to the name score
     * @param factors what agreed or conflicted
     * @param identifierMatch whether an identifier is equal
     */
    public record Assessment(double adjustment, List<Factor> factors, boolean identifierMatch) {}

    public static Assessment assess(ScreeningQuery q, Party p) {
        List<Factor> factors = new ArrayList<>(4);
        double adj = 0;
        if (q.birthDate().isPresent() && !p.birthDates().isEmpty()) {
            Factor f = birthDate(q.birthDate().get(), p.birthDates());
            factors.add(f);
            adj += f.adjustment();
        }
        if (q.country().isPresent() && !p.countries().isEmpty()) {
            String c = q.country().get();
            boolean agree = p.countries().contains(c);
            double a = agree ? 0.02 : -0.04;
            factors.add(new Factor(
                    "country",
                    agree ? "agreed" : "conflicted",
                    "query " + c + ", list " + String.join(" ", p.countries()),
                    a));
            adj += a;
        }
        if (q.type().isPresent() && p.type() != EntityType.OTHER) {
            EntityType qt = q.type().get();
            double a = typePenalty(qt, p.type());
            factors.add(new Factor(
                    "type",
                    a == 0 ? "agreed" : "conflicted",
                    "query " + qt.code() + ", list " + p.type().code(),
                    a));
            adj += a;
        }
        boolean id = false;
        if (!q.identifiers().isEmpty() && !p.identifiers().isEmpty()) {
            Optional<String> match = identifierMatch(q.identifiers(), p.identifiers());
            if (match.isPresent()) {
                id = true;
                factors.add(new Factor("identifier", "agreed", match.get(), 0));
            }
        }
        return new Assessment(adj, factors, id);
    }

    static double typePenalty(EntityType a, EntityType b) {
        if (a == b || a == EntityType.OTHER || b == EntityType.OTHER) {
            return 0;
        }
        boolean aCraft = a == EntityType.VESSEL || a == EntityType.AIRCRAFT;
        boolean bCraft = b == EntityType.VESSEL || b == EntityType.AIRCRAFT;
        if (a == EntityType.PERSON && bCraft || b == EntityType.PERSON && aCraft) {
            return -0.4;
        }
        if (aCraft && bCraft) {
            return -0.3;
        }
        if (aCraft || bCraft) {
            return -0.25;
        }
        return -0.15; // person against organisation: lists and customers do mix these up
    }

    private static Optional<String> identifierMatch(List<String> query, List<Identifier> list) {
        for (String raw : query) {
            List<String> qk = IdentifierKeys.of(raw);
            for (Identifier id : list) {
                for (String k : IdentifierKeys.of(id.value())) {
                    if (qk.contains(k)) {
                        String label = id.label().isEmpty() ? id.type().code() : id.label();
                        return Optional.of(label + " " + id.value());
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Factor birthDate(PartialDate q, List<BirthDate> list) {
        LocalDate qFrom = q.earliest();
        LocalDate qTo = q.latest();
        DatePrecision bestAgree = null;
        long gapDays = Long.MAX_VALUE;
        BirthDate nearest = list.get(0);
        for (BirthDate b : list) {
            LocalDate from = b.from().earliest();
            LocalDate to = b.to().latest();
            if (b.circa()) {
                from = from.minusYears(1);
                to = to.plusYears(1);
            }
            if (!qTo.isBefore(from) && !qFrom.isAfter(to)) {
                DatePrecision p = coarser(q.precision(), b.isRange() || b.circa() ? DatePrecision.YEAR : b.precision());
                if (bestAgree == null || p.ordinal() > bestAgree.ordinal()) {
                    bestAgree = p;
                    nearest = b;
                }
                continue;
            }
            long gap = qTo.isBefore(from) ? ChronoUnit.DAYS.between(qTo, from) : ChronoUnit.DAYS.between(to, qFrom);
            if (gap < gapDays) {
                gapDays = gap;
                if (bestAgree == null) {
                    nearest = b;
                }
            }
        }
        String detail = "query " + q + ", list " + nearest;
        if (bestAgree != null) {
            double a = switch (bestAgree) {
                case DAY -> 0.05;
                case MONTH -> 0.04;
                case YEAR -> 0.03;
            };
            return new Factor(
                    "birth_date", "agreed", detail + " (" + bestAgree.name().toLowerCase(Locale.ROOT) + ")", a);
        }
        double years = gapDays / 365.25;
        double a = years <= 1 ? -0.03 : years <= 2 ? -0.06 : years <= 5 ? -0.15 : -0.25;
        return new Factor("birth_date", "conflicted", detail + " (" + oneDecimal(years) + " years apart)", a);
    }

    /** {@code x >= 0} with one decimal, as {@code %.1f} writes it (String.format is slow for the hot path). */
    static String oneDecimal(double x) {
        long tenths = Math.round(x * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }

    private static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.ordinal() < b.ordinal() ? a : b;
    }
}
