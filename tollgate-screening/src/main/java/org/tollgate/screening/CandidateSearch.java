package org.tollgate.screening;

import java.util.Arrays;
import java.util.PriorityQueue;
import org.tollgate.screening.index.ScreeningIndex;
import org.tollgate.screening.normalize.TokenKind;
import org.tollgate.screening.score.QueryName;
import org.tollgate.screening.score.TokenSimilarity;
import org.tollgate.screening.variants.TokenFeatures;

/**
 * Finds the indexed names worth scoring in full. For every query word it gathers the similar index terms
 * (by exact form, variant class, sound keys, consonant skeleton and typo keys), walks their postings and
 * accumulates, per name, the weight of the query words it may match. The names are ranked by an estimate
 * of the name score built from that sum, and the best are returned. Words on a very large share of the
 * names (stop keys) are only used when the query has nothing rarer, so a common word cannot flood the
 * search while a rare one keeps full recall.
 *
 * <p>Scratch arrays are kept per thread and reset by the list of touched names, not cleared.
 */
final class CandidateSearch {
    private static final double MIN_TERM_SIMILARITY = 0.6;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private CandidateSearch() {}

    private static final class Scratch {
        float[] acc = new float[0];
        float[] accAll = new float[0];
        float[] cur = new float[0];
        int[] stamp = new int[0];
        int[] touched = new int[1024];
        int[] slotTouched = new int[1024];
        int stampValue;

        void ensure(int names) {
            if (acc.length < names) {
                acc = new float[names];
                accAll = new float[names];
                cur = new float[names];
                stamp = new int[names];
                stampValue = 0;
            }
        }
    }

    /**
     * The names to score, best estimate first.
     *
     * @param forcedParties parties that must be scored (an identifier matched)
     * @param limit how many names at most (forced ones come on top)
     */
    static int[] find(QueryName q, ScreeningIndex index, int[] forcedParties, int limit) {
        int names = index.nameCount();
        Scratch s = SCRATCH.get();
        s.ensure(names);
        int touchedCount = 0;
        int n = q.size();
        boolean anyWord = false;
        for (int i = 0; i < n; i++) {
            anyWord |= usable(q.kind(i));
        }
        int cap = Math.max(5000, names / 10);
        double totalWeight = 0;
        double totalAll = 0;
        // slots 0..n-1: single words; n..2n-2: two adjacent query words written together
        int[] termBuf = new int[64];
        float[] simBuf = new float[64];
        boolean deferredAny = false;
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1 && (touchedCount > 0 || !deferredAny)) {
                break;
            }
            for (int slot = 0; slot < 2 * n - 1; slot++) {
                int i = slot < n ? slot : slot - n;
                TokenFeatures f;
                double w;
                int terms = 0;
                if (slot < n) {
                    if (anyWord && !usable(q.kind(i))) {
                        continue;
                    }
                    f = q.features(i);
                    w = weight(q, index, i);
                    if (pass == 0) {
                        totalWeight += w;
                        totalAll += w;
                    }
                    int[] found = gather(q, index, i, f);
                    for (int k = 0; k < found.length; k += 2) {
                        if (terms == termBuf.length) {
                            termBuf = Arrays.copyOf(termBuf, terms * 2);
                            simBuf = Arrays.copyOf(simBuf, terms * 2);
                        }
                        termBuf[terms] = found[k];
                        simBuf[terms++] = Float.intBitsToFloat(found[k + 1]);
                    }
                } else {
                    f = q.pairFeatures(i);
                    if (f == null) {
                        continue;
                    }
                    int t = index.termId(f.text());
                    if (t < 0) {
                        continue;
                    }
                    w = weight(q, index, i) + weight(q, index, i + 1);
                    if (pass == 0) {
                        totalAll += w;
                    }
                    termBuf[0] = t;
                    simBuf[0] = 1f;
                    terms = 1;
                }
                int stamp = ++s.stampValue;
                int slotCount = 0;
                for (int k = 0; k < terms; k++) {
                    int t = termBuf[k];
                    if (index.postingCount(t) > cap && pass == 0) {
                        deferredAny = true;
                        continue;
                    }
                    float sim = simBuf[k];
                    int[] post = index.postingsArray();
                    for (int p = index.postingsFrom(t), end = index.postingsTo(t); p < end; p++) {
                        int name = post[p];
                        if (s.stamp[name] != stamp) {
                            s.stamp[name] = stamp;
                            s.cur[name] = sim;
                            if (slotCount == s.slotTouched.length) {
                                s.slotTouched = Arrays.copyOf(s.slotTouched, slotCount * 2);
                            }
                            s.slotTouched[slotCount++] = name;
                        } else if (sim > s.cur[name]) {
                            s.cur[name] = sim;
                        }
                    }
                }
                for (int k = 0; k < slotCount; k++) {
                    int name = s.slotTouched[k];
                    if (s.accAll[name] == 0) {
                        if (touchedCount == s.touched.length) {
                            s.touched = Arrays.copyOf(s.touched, touchedCount * 2);
                        }
                        s.touched[touchedCount++] = name;
                    }
                    float add = (float) (w * s.cur[name]);
                    s.accAll[name] += add;
                    if (slot < n) {
                        s.acc[name] += add;
                    }
                }
            }
        }
        // rank by an estimate of the name score
        PriorityQueue<long[]> best = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        for (int k = 0; k < touchedCount; k++) {
            int name = s.touched[k];
            double acc = s.acc[name];
            double accAll = s.accAll[name];
            s.acc[name] = 0;
            s.accAll[name] = 0;
            // joined-word matches count in the query share (against the query weight with its pairs) but not
            // in the list share, so that a name matching both a pair and its words is not counted twice
            double qc = totalAll > 0 ? Math.min(1, accAll / totalAll) : 0;
            double cc = Math.min(1, Math.max(acc, accAll - acc) / Math.max(1e-6, index.nameWeight(name)));
            double est = 0.6 * qc + 0.4 * cc;
            if (est < 0.2) {
                continue;
            }
            long key = (long) (est * 1_000_000);
            if (best.size() < limit) {
                best.add(new long[] {key, name});
            } else if (key > best.peek()[0]) {
                best.poll();
                best.add(new long[] {key, name});
            }
        }
        int forced = 0;
        for (int p : forcedParties) {
            forced += index.partyNamesTo(p) - index.partyNamesFrom(p);
        }
        int[] out = new int[best.size() + forced];
        int o = out.length;
        while (!best.isEmpty()) {
            out[--o - forced] = (int) best.poll()[1];
        }
        // forced names go after the ranked ones; duplicates are harmless (the caller keeps the best per party)
        int f = out.length - forced;
        for (int p : forcedParties) {
            for (int nm = index.partyNamesFrom(p); nm < index.partyNamesTo(p); nm++) {
                out[f++] = nm;
            }
        }
        return out;
    }

    private static boolean usable(TokenKind k) {
        return k == TokenKind.WORD || k == TokenKind.GENERIC;
    }

    /** The retrieval weight of query word {@code i}: its frequency weight times its kind's factor. */
    private static double weight(QueryName q, ScreeningIndex index, int i) {
        int t = q.exactTerm(i);
        double idf = t >= 0 && index.documentFrequency(t) > 0 ? index.idf(t) : index.unknownIdf();
        return idf * q.kind(i).weightFactor();
    }

    /** The terms similar enough to query word {@code i}, as pairs (term, similarity float bits). */
    private static int[] gather(QueryName q, ScreeningIndex index, int i, TokenFeatures f) {
        int len = f.text().length();
        int edits = len >= 7 ? 2 : len >= 4 ? 1 : 0;
        int[][] box = {new int[16]};
        int[] count = {0};
        java.util.HashSet<Integer> seen = new java.util.HashSet<>();
        index.candidateTerms(f, edits, t -> {
            if (!seen.add(t)) {
                return;
            }
            long sim = q.similarity(i, t);
            float v = (float) TokenSimilarity.value(sim);
            if (v >= MIN_TERM_SIMILARITY) {
                if (count[0] + 2 > box[0].length) {
                    box[0] = Arrays.copyOf(box[0], box[0].length * 2);
                }
                box[0][count[0]++] = t;
                box[0][count[0]++] = Float.floatToRawIntBits(v);
            }
        });
        return Arrays.copyOf(box[0], count[0]);
    }
}
