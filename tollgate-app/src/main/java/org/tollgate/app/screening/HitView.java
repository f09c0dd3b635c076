package org.tollgate.app.screening;

import java.util.List;
import org.tollgate.screening.Hit;
import org.tollgate.screening.explain.Explanation;
import org.tollgate.screening.explain.TokenAlignment;
import org.tollgate.screening.explain.UnmatchedToken;

/**
 * A hit as JSON, in the shape {@code tollgate screen} writes (the command line's {@code ResultJson}): the same
 * fields, names and rounding. The command line writes it with a streaming generator in {@code tollgate-cli}, which
 * the service does not depend on, and {@code tollgate-screening} stays free of JSON libraries; so the mapping is
 * repeated here as records — keep the two in step.
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

    private static ExplanationView explanation(Explanation e) {
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

    /** Four decimals, as the command line writes them. */
    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
