package org.tollgate.screening.score;

import java.util.List;
import org.tollgate.screening.index.ScreeningIndex;
import org.tollgate.screening.index.TokenFlags;
import org.tollgate.screening.normalize.NormalizedName;
import org.tollgate.screening.normalize.Token;
import org.tollgate.screening.normalize.TokenKind;
import org.tollgate.screening.variants.TokenFeatures;

/**
 * A query name prepared against one index: its tokens with their features, the index term each token is
 * (if any), and caches of token similarities so each (query token, term) pair is compared once per query.
 * Not thread-safe: one per query.
 */
public final class QueryName {
    final ScreeningIndex index;
    final NormalizedName name;
    final Token[] tokens;
    final TokenFeatures[] features;
    final TokenFeatures[] pairFeatures;
    final int[] exactTerm;
    final byte[] flags;
    final int meaningful;
    private final IntLongMap[] cache;
    private final IntLongMap[] pairCache;

    private QueryName(NormalizedName name, ScreeningIndex index) {
        this.index = index;
        this.name = name;
        List<Token> t = name.tokens();
        int n = t.size();
        this.tokens = t.toArray(new Token[0]);
        this.features = new TokenFeatures[n];
        this.exactTerm = new int[n];
        this.flags = new byte[n];
        this.cache = new IntLongMap[n];
        this.pairFeatures = new TokenFeatures[Math.max(0, n - 1)];
        this.pairCache = new IntLongMap[Math.max(0, n - 1)];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Token tok = tokens[i];
            features[i] = TokenFeatures.of(tok.text(), tok.consonantal(), tok.syllabic(), index.variants());
            exactTerm[i] = index.termId(tok.text());
            flags[i] = TokenFlags.of(tok);
            cache[i] = new IntLongMap(32);
            if (tok.kind().meaningful() || tok.kind() == TokenKind.INITIAL) {
                m++;
            }
            if (i + 1 < n) {
                Token next = tokens[i + 1];
                if (tok.kind() != TokenKind.LEGAL_FORM && next.kind() != TokenKind.LEGAL_FORM) {
                    pairFeatures[i] = TokenFeatures.of(
                            tok.text() + next.text(),
                            tok.consonantal() && next.consonantal(),
                            tok.syllabic() && next.syllabic(),
                            index.variants());
                }
                pairCache[i] = new IntLongMap(16);
            }
        }
        this.meaningful = m;
    }

    /** Prepares a normalised query name for screening against an index. */
    public static QueryName prepare(NormalizedName name, ScreeningIndex index) {
        return new QueryName(name, index);
    }

    public NormalizedName name() {
        return name;
    }

    public int size() {
        return tokens.length;
    }

    public Token token(int i) {
        return tokens[i];
    }

    public TokenFeatures features(int i) {
        return features[i];
    }

    /** The features of tokens {@code i} and {@code i+1} written together, or null after a legal form. */
    public TokenFeatures pairFeatures(int i) {
        return pairFeatures[i];
    }

    /** The index term equal to token {@code i}, or -1. */
    public int exactTerm(int i) {
        return exactTerm[i];
    }

    public TokenKind kind(int i) {
        return tokens[i].kind();
    }

    /** The similarity of query token {@code i} and an index term, packed ({@link TokenSimilarity}). */
    public long similarity(int i, int term) {
        long v = cache[i].get(term, -1L);
        if (v == -1L) {
            v = TokenSimilarity.compare(features[i], index.term(term));
            cache[i].put(term, v);
        }
        return v;
    }

    /** The similarity of query tokens {@code i} and {@code i+1} written together and an index term. */
    public long pairSimilarity(int i, int term) {
        if (pairFeatures[i] == null) {
            return TokenSimilarity.NONE;
        }
        long v = pairCache[i].get(term, -1L);
        if (v == -1L) {
            v = TokenSimilarity.compare(pairFeatures[i], index.term(term));
            pairCache[i].put(term, v);
        }
        return v;
    }

    /** The frequency weight of query token {@code i} when it matches nothing. */
    double ownIdf(int i) {
        int t = exactTerm[i];
        return t >= 0 && index.documentFrequency(t) > 0 ? index.idf(t) : index.unknownIdf();
    }
}
