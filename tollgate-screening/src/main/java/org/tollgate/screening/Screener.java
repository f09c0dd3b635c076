package org.tollgate.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.screening.explain.Explanation;
import org.tollgate.screening.explain.Factor;
import org.tollgate.screening.index.IdentifierKeys;
import org.tollgate.screening.index.ScreeningIndex;
import org.tollgate.screening.normalize.NormalizedName;
import org.tollgate.screening.normalize.Token;
import org.tollgate.screening.score.NameMatch;
import org.tollgate.screening.score.NameMatcher;
import org.tollgate.screening.score.QueryName;
import org.tollgate.screening.score.ScoringWeights;
import org.tollgate.screening.score.SecondaryEvidence;

/**
 * Screens parties against the current index. Thread-safe: any number of threads may screen at once, and
 * {@link #swap} replaces the index atomically while they do; each call works on the index it started with.
 */
public final class Screener {
    /** The final score an equal identifier guarantees when the names agree at least moderately. */
    static final double IDENTIFIER_FLOOR = 0.95;
    /** ... and when they do not. */
    static final double IDENTIFIER_FLOOR_WEAK_NAME = 0.85;

    private final AtomicReference<ScreeningIndex> index;
    private final ScoringWeights weights;

    public Screener(ScreeningIndex index) {
        this(index, ScoringWeights.DEFAULT);
    }

    public Screener(ScreeningIndex index, ScoringWeights weights) {
        this.index = new AtomicReference<>(Objects.requireNonNull(index, "index"));
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** The index in use. */
    public ScreeningIndex index() {
        return index.get();
    }

    /** Replaces the index; screenings already running finish on the old one. Returns the old one. */
    public ScreeningIndex swap(ScreeningIndex next) {
        return index.getAndSet(Objects.requireNonNull(next, "next"));
    }

    /** Screens with the default options. */
    public ScreeningResult screen(ScreeningQuery query) {
        return screen(query, ScreeningOptions.defaults());
    }

    /** Screens one query. */
    public ScreeningResult screen(ScreeningQuery query, ScreeningOptions options) {
        ScreeningIndex idx = index.get();
        NormalizedName nn =
                idx.normalizer().normalize(query.name(), query.type().orElse(EntityType.OTHER));
        List<String> queryTokens = new ArrayList<>(nn.tokens().size());
        for (Token t : nn.tokens()) {
            queryTokens.add(t.text());
        }
        if (nn.isEmpty() || idx.nameCount() == 0) {
            return new ScreeningResult(ScreeningEngine.VERSION, options.threshold(), queryTokens, List.of());
        }
        QueryName qn = QueryName.prepare(nn, idx);
        int[] forced = identifierParties(query, idx);
        int[] candidates = CandidateSearch.find(qn, idx, forced, options.maxCandidates());
        NameMatcher matcher = new NameMatcher(qn, weights);
        Map<Integer, Best> byParty = new HashMap<>();
        Map<Integer, SecondaryEvidence.Assessment> evidence = new HashMap<>();
        for (int name : candidates) {
            int party = idx.nameParty(name);
            NameMatch m = matcher.match(name, false);
            boolean weak = idx.nameStrength(name) == NameStrength.WEAK;
            double ns = m.score() * (weak ? weights.weakAlias() : 1.0);
            Best prior = byParty.get(party);
            if (prior != null && prior.nameScore >= ns) {
                continue;
            }
            SecondaryEvidence.Assessment a =
                    evidence.computeIfAbsent(party, p -> SecondaryEvidence.assess(query, idx.party(p)));
            double fin = finalScore(ns, a, idx.party(party).type());
            if (prior == null || fin > prior.score || ns > prior.nameScore) {
                byParty.put(party, new Best(name, ns, fin, a));
            }
        }
        List<Best> kept = new ArrayList<>();
        for (Best b : byParty.values()) {
            if (b.score >= options.minScore()) {
                kept.add(b);
            }
        }
        kept.sort(Comparator.comparingDouble((Best b) -> -b.score).thenComparingInt(b -> b.name));
        List<Hit> hits = new ArrayList<>(Math.min(kept.size(), options.limit()));
        for (int k = 0; k < kept.size() && k < options.limit(); k++) {
            Best b = kept.get(k);
            hits.add(hit(idx, matcher, b, options, queryTokens));
        }
        return new ScreeningResult(ScreeningEngine.VERSION, options.threshold(), queryTokens, hits);
    }

    /**
     * Screens a whole party (reverse screening: a new list entity against an index of customers). Every
     * name of the party is screened with its type, first birth date, first country and identifiers; hits
     * are merged per indexed party, best score kept.
     */
    public ScreeningResult screen(Party party, ScreeningOptions options) {
        Map<String, Hit> merged = new LinkedHashMap<>();
        List<String> tokens = List.of();
        boolean first = true;
        for (PartyName pn : party.names()) {
            ScreeningQuery q;
            try {
                q = ScreeningQuery.of(pn.value());
            } catch (ScreeningException e) {
                continue; // a name without letters cannot be screened; the others still are
            }
            if (party.type() != EntityType.OTHER) {
                q = q.withType(party.type());
            }
            if (!party.birthDates().isEmpty()) {
                BirthDate bd = party.birthDates().get(0);
                q = q.withBirthDate(bd.from());
            }
            if (!party.countries().isEmpty()) {
                q = q.withCountry(party.countries().get(0));
            }
            for (Identifier id : party.identifiers()) {
                q = q.withIdentifier(id.value());
            }
            ScreeningResult r = screen(q, options);
            if (first) {
                tokens = r.queryTokens();
                first = false;
            }
            for (Hit h : r.hits()) {
                merged.merge(h.entityId(), h, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<Hit> hits = new ArrayList<>(merged.values());
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparing(Hit::entityId));
        if (hits.size() > options.limit()) {
            hits = hits.subList(0, options.limit());
        }
        return new ScreeningResult(ScreeningEngine.VERSION, options.threshold(), tokens, hits);
    }

    private static int[] identifierParties(ScreeningQuery q, ScreeningIndex idx) {
        if (q.identifiers().isEmpty()) {
            return new int[0];
        }
        java.util.TreeSet<Integer> parties = new java.util.TreeSet<>();
        for (String raw : q.identifiers()) {
            for (String key : IdentifierKeys.of(raw)) {
                for (int p : idx.partiesWithIdentifier(key)) {
                    parties.add(p);
                }
            }
        }
        return parties.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double finalScore(double nameScore, SecondaryEvidence.Assessment a, EntityType partyType) {
        double s = clamp(nameScore + a.adjustment());
        if (a.identifierMatch()) {
            boolean craft = partyType == EntityType.VESSEL || partyType == EntityType.AIRCRAFT;
            s = Math.max(s, nameScore >= 0.5 || craft ? IDENTIFIER_FLOOR : IDENTIFIER_FLOOR_WEAK_NAME);
        }
        return s;
    }

    private Hit hit(ScreeningIndex idx, NameMatcher matcher, Best b, ScreeningOptions options, List<String> qt) {
        Party p = idx.party(idx.nameParty(b.name));
        NameMatch m = matcher.match(b.name, true);
        NameStrength strength = idx.nameStrength(b.name);
        List<Factor> factors = new ArrayList<>();
        StringBuilder comp = new StringBuilder(String.format(Locale.ROOT, "name %.3f", m.score()));
        if (strength == NameStrength.WEAK) {
            factors.add(new Factor("alias_strength", "weak_alias", "matched a weak alias", weights.weakAlias()));
            comp.append(String.format(Locale.ROOT, " x weak alias %.2f = %.3f", weights.weakAlias(), b.nameScore));
        }
        for (Factor f : b.evidence.factors()) {
            factors.add(f);
            if (f.adjustment() != 0) {
                comp.append(String.format(Locale.ROOT, " %+.2f %s %s", f.adjustment(), f.kind(), f.effect()));
            }
        }
        double plain = clamp(b.nameScore + b.evidence.adjustment());
        comp.append(String.format(Locale.ROOT, " = %.3f", plain));
        if (b.evidence.identifierMatch() && b.score > plain) {
            comp.append(String.format(Locale.ROOT, "; identifier agreed: raised to %.3f", b.score));
        }
        double score = Math.round(b.score * 10000) / 10000.0;
        Explanation e = new Explanation(
                idx.nameValue(b.name),
                strength.code(),
                qt,
                m.listTokens(),
                m.alignments(),
                m.unmatchedQuery(),
                m.unmatchedList(),
                m.queryCoverage(),
                m.listCoverage(),
                Math.round(m.score() * 10000) / 10000.0,
                factors,
                comp.toString(),
                score);
        return new Hit(
                p.id(),
                p.source(),
                p.sourceRef(),
                p.primaryName(),
                idx.nameValue(b.name),
                p.type().code(),
                score,
                b.score >= options.threshold(),
                e);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** The best name of one party so far. */
    private record Best(int name, double nameScore, double score, SecondaryEvidence.Assessment evidence) {}
}
