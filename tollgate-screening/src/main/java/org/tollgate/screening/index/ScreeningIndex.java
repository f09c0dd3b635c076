package org.tollgate.screening.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.tollgate.lists.model.Identifier;
import org.tollgate.screening.NameStrength;
import org.tollgate.screening.Party;
import org.tollgate.screening.PartyName;
import org.tollgate.screening.normalize.NameNormalizer;
import org.tollgate.screening.normalize.NormalizedName;
import org.tollgate.screening.normalize.Token;
import org.tollgate.screening.normalize.TokenKind;
import org.tollgate.screening.variants.TokenFeatures;
import org.tollgate.screening.variants.VariantTable;

/**
 * The immutable candidate index over a set of {@link Party parties}. Every name is normalised into tokens;
 * each distinct token (a "term") is filed under its exact form, its variant classes, its Double Metaphone
 * codes, its consonant skeleton and its typo deletion keys, and points to the names holding it. The
 * concatenation of every two adjacent tokens is a term too, so "ALQAIDA" finds "AL-QAIDA" and the reverse.
 * Term weights are inverse document frequencies over the indexed names: a word on many names (Mohammed,
 * Ali, Trading) counts less than a rare one.
 *
 * <p>Storage is in primitive arrays (names and postings in compressed-row form), so ~100,000 names take tens
 * of megabytes. Thread-safe: nothing changes after {@link #build}.
 */
public final class ScreeningIndex {
    private static final int[] NO_INTS = new int[0];

    private final NameNormalizer normalizer;
    private final VariantTable variants;
    private final Party[] parties;
    private final Map<String, Integer> partyById;

    private final int[] nameParty;
    private final int[] partyNameStart;
    private final byte[] nameStrength;
    private final String[] nameValue;
    private final int[] nameStart;
    private final float[] nameWeight;
    private final int[] tokTerm;
    private final byte[] tokFlags;
    private final int[] tokPair;

    private final Map<String, Integer> termIds;
    private final TokenFeatures[] terms;
    private final int[] termDf;
    private final float[] termIdf;
    private final int[] postStart;
    private final int[] postNames;

    private final int[][] variantTerms;
    private final Map<String, int[]> phoneticTerms;
    private final Map<String, int[]> skeletonTerms;
    private final TypoKeys typoKeys;
    private final Map<String, int[]> identifierParties;
    private final double unknownIdf;
    private final IndexStats stats;

    private ScreeningIndex(Builder b, long started) {
        this.normalizer = b.normalizer;
        this.variants = b.variants;
        this.parties = b.parties.toArray(new Party[0]);
        this.partyById = Map.copyOf(b.partyById);
        int names = b.nameParty.size();
        this.nameParty = toArray(b.nameParty);
        // names are added party by party, so each party's names are one contiguous range
        this.partyNameStart = new int[parties.length + 1];
        for (int i = 0, p = 0; p <= parties.length; p++) {
            while (i < names && nameParty[i] < p) {
                i++;
            }
            partyNameStart[p] = i;
        }
        this.nameStrength = new byte[names];
        for (int i = 0; i < names; i++) {
            nameStrength[i] = b.nameStrength.get(i);
        }
        this.nameValue = b.nameValue.toArray(new String[0]);
        this.nameStart = toArray(b.nameStart);
        this.tokTerm = toArray(b.tokTerm);
        this.tokFlags = new byte[b.tokFlags.size()];
        for (int i = 0; i < tokFlags.length; i++) {
            tokFlags[i] = b.tokFlags.get(i);
        }
        this.tokPair = toArray(b.tokPair);
        this.termIds = b.termIds;
        int nTerms = b.termText.size();
        String[] texts = b.termText.toArray(new String[0]);
        this.terms = new TokenFeatures[nTerms];
        for (int t = 0; t < nTerms; t++) {
            terms[t] = TokenFeatures.of(texts[t], b.termConsonantal.get(t), b.termSyllabic.get(t), variants);
        }
        this.termDf = toArray(b.termDf);
        this.termIdf = new float[nTerms];
        for (int t = 0; t < nTerms; t++) {
            termIdf[t] = (float) idfOf(termDf[t], names);
        }
        this.unknownIdf = idfOf(0, names);

        // postings in compressed-row form: each name once per term
        int[] count = new int[nTerms + 1];
        int[] mark = new int[nTerms];
        Arrays.fill(mark, -1);
        for (int n = 0; n < names; n++) {
            for (int k = nameStart[n]; k < nameStart[n + 1]; k++) {
                count(tokTerm[k], n, mark, count);
                if (tokPair[k] >= 0) {
                    count(tokPair[k], n, mark, count);
                }
            }
        }
        this.postStart = new int[nTerms + 1];
        for (int t = 0; t < nTerms; t++) {
            postStart[t + 1] = postStart[t] + count[t];
        }
        this.postNames = new int[postStart[nTerms]];
        int[] fill = Arrays.copyOf(postStart, nTerms);
        Arrays.fill(mark, -1);
        for (int n = 0; n < names; n++) {
            for (int k = nameStart[n]; k < nameStart[n + 1]; k++) {
                post(tokTerm[k], n, mark, fill);
                if (tokPair[k] >= 0) {
                    post(tokPair[k], n, mark, fill);
                }
            }
        }

        // look-up keys, for single terms only (joined terms are found by their exact form)
        Map<Integer, List<Integer>> byClass = new HashMap<>();
        Map<String, List<Integer>> byPhone = new HashMap<>();
        Map<String, List<Integer>> bySkeleton = new HashMap<>();
        boolean[] typoEligible = new boolean[nTerms];
        for (int t = 0; t < nTerms; t++) {
            if (termDf[t] == 0) {
                continue;
            }
            TokenFeatures f = terms[t];
            if (f.hasDigit() || f.legalForm()) {
                continue;
            }
            for (int c : f.classes()) {
                byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(t);
            }
            if (f.primary().length() >= 2) {
                byPhone.computeIfAbsent(f.primary(), k -> new ArrayList<>()).add(t);
            }
            if (f.alternate().length() >= 2 && !f.alternate().equals(f.primary())) {
                byPhone.computeIfAbsent(f.alternate(), k -> new ArrayList<>()).add(t);
            }
            if (f.skeleton().length() >= 2) {
                bySkeleton.computeIfAbsent(f.skeleton(), k -> new ArrayList<>()).add(t);
            }
            typoEligible[t] = f.text().length() >= TypoKeys.ONE_EDIT_MIN;
        }
        this.variantTerms = new int[variants.size()][];
        for (int c = 0; c < variantTerms.length; c++) {
            List<Integer> l = byClass.get(c);
            variantTerms[c] = l == null ? NO_INTS : toArray(l);
        }
        this.phoneticTerms = freeze(byPhone);
        this.skeletonTerms = freeze(bySkeleton);
        this.typoKeys = TypoKeys.build(texts, typoEligible);

        Map<String, Set<Integer>> ids = new HashMap<>();
        for (int p = 0; p < parties.length; p++) {
            for (Identifier id : parties[p].identifiers()) {
                for (String v : IdentifierKeys.of(id.value())) {
                    ids.computeIfAbsent(v, k -> new HashSet<>()).add(p);
                }
            }
        }
        Map<String, int[]> idMap = new HashMap<>(ids.size() * 2);
        ids.forEach((k, v) ->
                idMap.put(k, v.stream().mapToInt(Integer::intValue).sorted().toArray()));
        this.identifierParties = idMap;

        // the weight of each name, for ranking candidates before they are scored in full
        this.nameWeight = new float[names];
        for (int n = 0; n < names; n++) {
            double w = 0;
            for (int k = nameStart[n]; k < nameStart[n + 1]; k++) {
                w += tokenWeight(k) * missingFactor(tokFlags[k]);
            }
            nameWeight[n] = (float) w;
        }
        this.stats = new IndexStats(
                parties.length,
                names,
                nTerms,
                postNames.length,
                typoKeys.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The inverse document frequency of a term found on {@code df} of {@code n} names. */
    static double idfOf(int df, int n) {
        return Math.log(1.0 + (double) n / Math.max(1, df));
    }

    /** How much of a token's weight its absence costs: middle names and patronymics are often left out. */
    public static double missingFactor(byte flags) {
        if (TokenFlags.patronymic(flags)) {
            return 0.3;
        }
        if (TokenFlags.middle(flags)) {
            return 0.5;
        }
        return 1.0;
    }

    private static void count(int term, int name, int[] mark, int[] count) {
        if (mark[term] != name) {
            mark[term] = name;
            count[term]++;
        }
    }

    private void post(int term, int name, int[] mark, int[] fill) {
        if (mark[term] != name) {
            mark[term] = name;
            postNames[fill[term]++] = name;
        }
    }

    private static Map<String, int[]> freeze(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, toArray(v)));
        return out;
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    /** Builds an index with the standard normaliser and variant table. */
    public static ScreeningIndex build(Collection<Party> parties) {
        return build(parties, NameNormalizer.standard(), VariantTable.standard());
    }

    /** Builds an index. */
    public static ScreeningIndex build(Collection<Party> parties, NameNormalizer normalizer, VariantTable variants) {
        long started = System.nanoTime();
        Builder b = new Builder(normalizer, variants);
        for (Party p : parties) {
            b.add(p);
        }
        return new ScreeningIndex(b, started);
    }

    /** An empty index. */
    public static ScreeningIndex empty() {
        return build(List.of());
    }

    // ---- parties and names

    public NameNormalizer normalizer() {
        return normalizer;
    }

    public VariantTable variants() {
        return variants;
    }

    public IndexStats stats() {
        return stats;
    }

    public int partyCount() {
        return parties.length;
    }

    public Party party(int index) {
        return parties[index];
    }

    /** The party with the given id. */
    public Optional<Party> party(String id) {
        Integer i = partyById.get(id);
        return i == null ? Optional.empty() : Optional.of(parties[i]);
    }

    /** The first name of a party. */
    public int partyNamesFrom(int party) {
        return partyNameStart[party];
    }

    /** One past the last name of a party. */
    public int partyNamesTo(int party) {
        return partyNameStart[party + 1];
    }

    public int nameCount() {
        return nameParty.length;
    }

    /** The party index of a name. */
    public int nameParty(int name) {
        return nameParty[name];
    }

    public NameStrength nameStrength(int name) {
        return NameStrength.values()[nameStrength[name]];
    }

    /** The name as written on the list. */
    public String nameValue(int name) {
        return nameValue[name];
    }

    /** The weight of a name's tokens (each at its missing-token factor), for ranking. */
    public double nameWeight(int name) {
        return nameWeight[name];
    }

    /** First token position of a name. */
    public int tokenStart(int name) {
        return nameStart[name];
    }

    /** One past the last token position of a name. */
    public int tokenEnd(int name) {
        return nameStart[name + 1];
    }

    /** The term at a token position. */
    public int tokenTerm(int position) {
        return tokTerm[position];
    }

    /** The flags ({@link TokenFlags}) of the token at a position. */
    public byte tokenFlags(int position) {
        return tokFlags[position];
    }

    /** The term joining the token at a position with the next one, or -1. */
    public int pairTerm(int position) {
        return tokPair[position];
    }

    /** The weight of the token at a position: its term's IDF times its kind's factor. */
    public double tokenWeight(int position) {
        return termIdf[tokTerm[position]] * TokenFlags.kind(tokFlags[position]).weightFactor();
    }

    // ---- terms

    public int termCount() {
        return terms.length;
    }

    /** The id of a term, or -1. */
    public int termId(String text) {
        Integer t = termIds.get(text);
        return t == null ? -1 : t;
    }

    public TokenFeatures term(int term) {
        return terms[term];
    }

    /** Number of names holding the term as a token. */
    public int documentFrequency(int term) {
        return termDf[term];
    }

    /** The inverse document frequency of a term. */
    public double idf(int term) {
        return termDf[term] == 0 ? unknownIdf : termIdf[term];
    }

    /** The weight of a token found on no indexed name: as rare as can be. */
    public double unknownIdf() {
        return unknownIdf;
    }

    /** The number of names holding a term (as a token or a joined pair). */
    public int postingCount(int term) {
        return postStart[term + 1] - postStart[term];
    }

    /** Reports every name holding a term. */
    public void postings(int term, IntConsumer sink) {
        for (int i = postStart[term]; i < postStart[term + 1]; i++) {
            sink.accept(postNames[i]);
        }
    }

    /** The raw postings array and its range for a term, for tight loops: {@code [postingsFrom, postingsTo)}. */
    public int[] postingsArray() {
        return postNames;
    }

    public int postingsFrom(int term) {
        return postStart[term];
    }

    public int postingsTo(int term) {
        return postStart[term + 1];
    }

    /**
     * Reports the terms that may be similar to a query token, by every key: exact form, variant class, Double
     * Metaphone codes, consonant skeleton and typo deletions. Terms may be reported more than once; the
     * caller checks how similar each really is.
     *
     * @param maxEdits 0, 1 or 2 edits for the typo look-up
     */
    public void candidateTerms(TokenFeatures q, int maxEdits, IntConsumer sink) {
        Integer exact = termIds.get(q.text());
        if (exact != null) {
            sink.accept(exact);
        }
        if (q.hasDigit() || q.legalForm()) {
            return;
        }
        for (int c : q.classes()) {
            for (int t : variantTerms[c]) {
                sink.accept(t);
            }
        }
        if (q.primary().length() >= 2) {
            emit(phoneticTerms.get(q.primary()), sink);
        }
        if (q.alternate().length() >= 2 && !q.alternate().equals(q.primary())) {
            emit(phoneticTerms.get(q.alternate()), sink);
        }
        if (q.skeleton().length() >= 2) {
            emit(skeletonTerms.get(q.skeleton()), sink);
        }
        if (maxEdits > 0 && q.text().length() >= TypoKeys.ONE_EDIT_MIN) {
            typoKeys.lookup(q.text(), maxEdits, sink);
        }
    }

    private static void emit(int[] terms, IntConsumer sink) {
        if (terms != null) {
            for (int t : terms) {
                sink.accept(t);
            }
        }
    }

    /** The parties holding an identifier with this key (one of {@link IdentifierKeys#of}). */
    public int[] partiesWithIdentifier(String normalizedValue) {
        return identifierParties.getOrDefault(normalizedValue, NO_INTS);
    }

    /** Collects parties, names and terms while an index is built. */
    private static final class Builder {
        final NameNormalizer normalizer;
        final VariantTable variants;
        final List<Party> parties = new ArrayList<>();
        final Map<String, Integer> partyById = new HashMap<>();
        final List<Integer> nameParty = new ArrayList<>();
        final List<Byte> nameStrength = new ArrayList<>();
        final List<String> nameValue = new ArrayList<>();
        final List<Integer> nameStart = new ArrayList<>(List.of(0));
        final List<Integer> tokTerm = new ArrayList<>();
        final List<Byte> tokFlags = new ArrayList<>();
        final List<Integer> tokPair = new ArrayList<>();
        final Map<String, Integer> termIds = new HashMap<>();
        final List<String> termText = new ArrayList<>();
        final List<Integer> termDf = new ArrayList<>();
        final List<Boolean> termConsonantal = new ArrayList<>();
        final List<Boolean> termSyllabic = new ArrayList<>();

        Builder(NameNormalizer normalizer, VariantTable variants) {
            this.normalizer = normalizer;
            this.variants = variants;
        }

        void add(Party p) {
            if (partyById.putIfAbsent(p.id(), parties.size()) != null) {
                throw new IllegalArgumentException("duplicate party id in index: " + p.id());
            }
            int pi = parties.size();
            parties.add(p);
            Map<String, Integer> seen = new HashMap<>();
            for (PartyName pn : p.names()) {
                NormalizedName nn = normalizer.normalize(pn.value(), p.type());
                if (nn.isEmpty()) {
                    continue;
                }
                String key = nn.text();
                Integer prior = seen.get(key);
                if (prior != null) {
                    // the same tokens again: keep the stronger standing
                    if (pn.strength() != NameStrength.WEAK && nameStrength.get(prior) == NameStrength.WEAK.ordinal()) {
                        nameStrength.set(prior, (byte) pn.strength().ordinal());
                    }
                    continue;
                }
                seen.put(key, nameParty.size());
                addName(pi, pn, nn);
            }
        }

        private void addName(int party, PartyName pn, NormalizedName nn) {
            nameParty.add(party);
            nameStrength.add((byte) pn.strength().ordinal());
            nameValue.add(pn.value());
            List<Token> tokens = nn.tokens();
            Set<Integer> distinct = new HashSet<>();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                int term = term(t.text(), t.consonantal(), t.syllabic());
                tokTerm.add(term);
                tokFlags.add(TokenFlags.of(t));
                if (distinct.add(term)) {
                    termDf.set(term, termDf.get(term) + 1);
                }
                int pair = -1;
                if (k + 1 < tokens.size()) {
                    Token next = tokens.get(k + 1);
                    if (t.kind() != TokenKind.LEGAL_FORM && next.kind() != TokenKind.LEGAL_FORM) {
                        pair = term(
                                t.text() + next.text(),
                                t.consonantal() && next.consonantal(),
                                t.syllabic() && next.syllabic());
                    }
                }
                tokPair.add(pair);
            }
            nameStart.add(tokTerm.size());
        }

        private int term(String text, boolean consonantal, boolean syllabic) {
            Integer id = termIds.get(text);
            if (id == null) {
                id = termText.size();
                termIds.put(text, id);
                termText.add(text);
                termDf.add(0);
                termConsonantal.add(consonantal);
                termSyllabic.add(syllabic);
            } else {
                if (consonantal && !termConsonantal.get(id)) {
                    termConsonantal.set(id, true);
                }
                // a term also written in an alphabet is compared as one
                if (!syllabic && termSyllabic.get(id)) {
                    termSyllabic.set(id, false);
                }
            }
            return id;
        }
    }
}
