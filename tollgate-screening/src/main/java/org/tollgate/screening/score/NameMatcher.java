package org.tollgate.screening.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tollgate.screening.explain.MatchMethod;
import org.tollgate.screening.explain.TokenAlignment;
import org.tollgate.screening.explain.UnmatchedToken;
import org.tollgate.screening.index.ScreeningIndex;
import org.tollgate.screening.index.TokenFlags;
import org.tollgate.screening.normalize.TokenKind;

/**
 * Scores a query name against indexed names. The words of both are aligned one to one, greedily from the
 * most similar pair down (word order plays no part); a word may also align with two adjacent words written
 * together. Each side's coverage is the weighted share of its words matched, weights being inverse
 * document frequencies times the factor of the word's kind; an unmatched middle name or patronymic costs
 * less than an unmatched first or last name. The name score blends both coverages, leaning on the query's,
 * and is capped for a one-word query against a longer name, and scaled down when only common words matched.
 *
 * <p>Not thread-safe (it keeps scratch arrays): one per query.
 */
public final class NameMatcher {
    private static final double MIN_SIMILARITY = 0.5;
    private static final double MIN_JOINED = 0.85;

    private final QueryName query;
    private final ScreeningIndex index;
    private final ScoringWeights weights;
    private int[] optQ = new int[64];
    private int[] optQLen = new int[64];
    private int[] optC = new int[64];
    private int[] optCLen = new int[64];
    private long[] optSim = new long[64];
    private long[] optKey = new long[64];

    public NameMatcher(QueryName query, ScoringWeights weights) {
        this.query = query;
        this.index = query.index;
        this.weights = weights;
    }

    /** Scores the query against one indexed name; with {@code explain} the alignment is returned too. */
    public NameMatch match(int name, boolean explain) {
        int s = index.tokenStart(name);
        int nc = index.tokenEnd(name) - s;
        int nq = query.size();
        int n = 0;
        int need = nq * nc * 3 + 4;
        if (optQ.length < need) {
            grow(need);
        }
        for (int i = 0; i < nq; i++) {
            int qLen = query.token(i).text().length();
            int qPairLen = i + 1 < nq ? qLen + query.token(i + 1).text().length() : 0;
            for (int j = 0; j < nc; j++) {
                int term = index.tokenTerm(s + j);
                long sim = query.similarity(i, term);
                if (TokenSimilarity.value(sim) >= MIN_SIMILARITY) {
                    n = add(n, i, 1, j, 1, sim);
                }
                // joined words: only when the lengths allow a close match (cheap test first)
                int pair = index.pairTerm(s + j);
                if (pair >= 0 && j + 1 < nc && Math.abs(index.term(pair).text().length() - qLen) <= 2) {
                    long ps = query.similarity(i, pair);
                    if (TokenSimilarity.value(ps) >= MIN_JOINED) {
                        n = add(n, i, 1, j, 2, TokenSimilarity.pack(TokenSimilarity.value(ps), MatchMethod.JOINED));
                    }
                }
                if (qPairLen > 0 && Math.abs(index.term(term).text().length() - qPairLen) <= 2) {
                    long qs = query.pairSimilarity(i, term);
                    if (TokenSimilarity.value(qs) >= MIN_JOINED) {
                        n = add(n, i, 2, j, 1, TokenSimilarity.pack(TokenSimilarity.value(qs), MatchMethod.JOINED));
                    }
                }
            }
        }
        Arrays.sort(optKey, 0, n);
        long usedQ = 0;
        long usedC = 0;
        double matchedQ = 0;
        double totalQ = 0;
        double matchedC = 0;
        double totalC = 0;
        double evidence = 0;
        int matchedMeaningfulC = 0;
        double minMeaningfulSim = 1.0;
        List<TokenAlignment> alignments = explain ? new ArrayList<>() : List.of();
        for (int k = n - 1; k >= 0; k--) {
            int o = (int) (optKey[k] & 0xFFFF);
            long qMask = optQLen[o] == 2 ? 3L << optQ[o] : 1L << optQ[o];
            long cMask = optCLen[o] == 2 ? 3L << optC[o] : 1L << optC[o];
            if ((usedQ & qMask) != 0 || (usedC & cMask) != 0) {
                continue;
            }
            usedQ |= qMask;
            usedC |= cMask;
            double sim = TokenSimilarity.value(optSim[o]);
            int c0 = s + optC[o];
            double wc = index.tokenWeight(c0);
            double idfC = index.idf(index.tokenTerm(c0));
            if (optCLen[o] == 2) {
                wc += index.tokenWeight(c0 + 1);
                idfC = Math.max(idfC, index.idf(index.tokenTerm(c0 + 1)));
            }
            double wq = 0;
            boolean initial = TokenSimilarity.method(optSim[o]) == MatchMethod.INITIAL;
            for (int q = optQ[o]; q < optQ[o] + optQLen[o]; q++) {
                // a query word weighs what it is worth itself, or what the list word it matched is worth if
                // that is more (a misspelt common word is not rare); an initial never borrows weight
                double own = query.ownIdf(q);
                double w = initial ? own : Math.max(own, idfC / optQLen[o]);
                wq += w * query.kind(q).weightFactor();
            }
            matchedQ += wq * sim;
            totalQ += wq;
            matchedC += wc * sim;
            totalC += wc;
            for (int c = c0; c < c0 + optCLen[o]; c++) {
                if (TokenFlags.kind(index.tokenFlags(c)).meaningful()) {
                    evidence += index.idf(index.tokenTerm(c)) * sim;
                    matchedMeaningfulC++;
                    // a typing error in a long word is still that word; other near misses are not
                    boolean longTypo = TokenSimilarity.method(optSim[o]) == MatchMethod.EDIT_DISTANCE
                            && index.term(index.tokenTerm(c)).text().length() >= 5;
                    if (!longTypo) {
                        minMeaningfulSim = Math.min(minMeaningfulSim, sim);
                    }
                }
            }
            if (explain) {
                alignments.add(new TokenAlignment(
                        queryText(optQ[o], optQLen[o]),
                        listText(c0, optCLen[o]),
                        TokenSimilarity.method(optSim[o]),
                        round(sim),
                        round(wc)));
            }
        }
        List<UnmatchedToken> unQ = explain ? new ArrayList<>() : List.of();
        for (int i = 0; i < nq; i++) {
            if ((usedQ & 1L << i) == 0) {
                double w = query.ownIdf(i) * query.kind(i).weightFactor() * queryMissingFactor(query.flags[i]);
                totalQ += w;
                if (explain) {
                    unQ.add(new UnmatchedToken(query.token(i).text(), kindCode(query.kind(i)), round(w)));
                }
            }
        }
        List<UnmatchedToken> unC = explain ? new ArrayList<>() : List.of();
        int meaningfulC = 0;
        for (int j = 0; j < nc; j++) {
            byte f = index.tokenFlags(s + j);
            if (TokenFlags.kind(f).meaningful()) {
                meaningfulC++;
            }
            if ((usedC & 1L << j) == 0) {
                double w = index.tokenWeight(s + j) * ScreeningIndex.missingFactor(f);
                totalC += w;
                if (explain) {
                    unC.add(new UnmatchedToken(
                            index.term(index.tokenTerm(s + j)).text(), kindCode(TokenFlags.kind(f)), round(w)));
                }
            }
        }
        double qCov = totalQ > 0 ? matchedQ / totalQ : 0;
        double cCov = totalC > 0 ? matchedC / totalC : 0;
        double score = weights.queryCoverage() * qCov + (1 - weights.queryCoverage()) * cCov;
        if (query.meaningful <= 1 && meaningfulC >= 2) {
            score = Math.min(score, weights.singleWordCap());
        }
        if (query.meaningful <= 1 && meaningfulC <= 1 && minMeaningfulSim < 0.95) {
            // one word against one word: a near miss ("Thomas" and "Tamas") is likely another name
            score *= minMeaningfulSim;
        }
        // the evidence needed is relative to the rarest possible word of this index
        double needed = weights.minimumEvidence() * index.unknownIdf();
        if (matchedMeaningfulC > 0 && evidence < needed) {
            score *= 0.85 + 0.15 * evidence / needed;
        }
        List<String> listTokens = List.of();
        if (explain) {
            listTokens = new ArrayList<>(nc);
            for (int j = 0; j < nc; j++) {
                listTokens.add(index.term(index.tokenTerm(s + j)).text());
            }
        }
        return new NameMatch(
                Math.max(0, Math.min(1, score)), round(qCov), round(cCov), alignments, unQ, unC, listTokens);
    }

    /**
     * What an unmatched query word costs: a customer's extra middle name is less common than a list's
     * (lists give full names), so it is forgiven less than on the list side.
     */
    static double queryMissingFactor(byte flags) {
        if (TokenFlags.patronymic(flags)) {
            return 0.3;
        }
        return TokenFlags.middle(flags) ? 0.8 : 1.0;
    }

    private int add(int n, int q, int qLen, int c, int cLen, long sim) {
        optQ[n] = q;
        optQLen[n] = qLen;
        optC[n] = c;
        optCLen[n] = cLen;
        optSim[n] = sim;
        // sort by similarity, then prefer the option covering more words, then the earlier one
        long simKey = (long) (TokenSimilarity.value(sim) * 1_000_000);
        optKey[n] = simKey << 24 | (long) (qLen + cLen) << 16 | n;
        return n + 1;
    }

    private void grow(int need) {
        optQ = new int[need];
        optQLen = new int[need];
        optC = new int[need];
        optCLen = new int[need];
        optSim = new long[need];
        optKey = new long[need];
    }

    private String queryText(int q, int len) {
        return len == 1
                ? query.token(q).text()
                : query.token(q).text() + " " + query.token(q + 1).text();
    }

    private String listText(int c, int len) {
        String a = index.term(index.tokenTerm(c)).text();
        return len == 1 ? a : a + " " + index.term(index.tokenTerm(c + 1)).text();
    }

    static String kindCode(TokenKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
