package org.tollgate.app.screening;

import java.util.List;
import org.tollgate.screening.Hit;
import org.tollgate.screening.explain.Explanation;
import org.tollgate.screening.explain.TokenAlignment;
import org.tollgate.screening.explain.UnmatchedToken;

/**
 * A hit as JSON: the one mapping of a screening hit to its JSON form (fields, names, rounding), written with
 * snake_case names in component order. The service stores and answers it ({@code POST /api/v1/screen}, screening
 * results), and the command line ({@code tollgate screen}, {@code tollgate rescreen}) writes the same records, so the
 * shapes cannot drift apart. {@code tollgate-screening} stays free of JSON libraries.
 *
 * @param entityId the list entity's id
 * @param source its source
 * @param sourceRef the source's own id
 * @param name its primary name
 * @param matchedName the name that matched best
 * @param type its type code
 * @param score the final score
 * @param alert whether the score reaches the threshold
 * @param explanation why it matched
 */
public record HitView(
        String entityId,
        String source,
        String sourceRef,
        String name,
        String matchedName,
        String type,
        double score,
        boolean alert,
        ExplanationView explanation) {

    /** The explanation. */
    public record ExplanationView(
            String matchedName,
            String nameStrength,
            List<String> queryTokens,
            List<String> listTokens,
            List<Alignment> alignments,
            List<Unmatched> unmatchedQuery,
            List<Unmatched> unmatchedList,
            double queryCoverage,
            double listCoverage,
            double nameScore,
            List<FactorView> factors,
            String composition,
            double score) {}

    /** Two aligned words. */
    public record Alignment(String query, String list, String method, double similarity, double weight) {}

    /** A word that matched nothing. */
    public record Unmatched(String token, String kind, double weight) {}

    /** Secondary evidence. */
    public record FactorView(String kind, String effect, String detail, double adjustment) {}

    public static HitView of(Hit h) {
        return new HitView(
                h.entityId(),
                h.source(),
                h.sourceRef(),
                h.name(),
                h.matchedName(),
                h.type(),
                h.score(),
                h.alert(),
                explanation(h.explanation()));
    }

    /** The explanation alone (the command line's re-screening lines carry it without the hit around it). */
    public static ExplanationView explanation(Explanation e) {
        return new ExplanationView(
                e.matchedName(),
                e.nameStrength(),
                e.queryTokens(),
                e.listTokens(),
                e.alignments().stream().map(HitView::alignment).toList(),
                e.unmatchedQuery().stream().map(HitView::unmatched).toList(),
                e.unmatchedList().stream().map(HitView::unmatched).toList(),
                round(e.queryCoverage()),
                round(e.listCoverage()),
                e.nameScore(),
                e.factors().stream()
                        .map(f -> new FactorView(f.kind(), f.effect(), f.detail(), round(f.adjustment())))
                        .toList(),
                e.composition(),
                e.score());
    }

    private static Alignment alignment(TokenAlignment a) {
        return new Alignment(
                a.queryToken(), a.listToken(), a.method().code(), round(a.similarity()), round(a.weight()));
    }

    private static Unmatched unmatched(UnmatchedToken t) {
        return new Unmatched(t.token(), t.kind(), round(t.weight()));
    }

    /** Four decimals are what a reader can use; more only make the output longer. */
    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
