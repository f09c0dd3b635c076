package org.tollgate.screening.score;

/** Damerau-Levenshtein distance (optimal string alignment: adjacent transpositions count one), bounded. */
public final class EditDistance {
    private EditDistance() {}

    /** The distance, or {@code max + 1} when it is greater than {@code max}. */
    public static int bounded(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        if (la == 0 || lb == 0) {
            return Math.max(la, lb);
        }
        int[] buf = BUFFER.get();
        if (buf.length < 3 * (lb + 1)) {
            buf = new int[3 * (lb + 1) * 2];
            BUFFER.set(buf);
        }
        // three rows in one per-thread buffer: no allocation per comparison
        return rows(a, b, max, buf, 0, lb + 1, 2 * (lb + 1));
    }

    private static final ThreadLocal<int[]> BUFFER = ThreadLocal.withInitial(() -> new int[96]);

    private static int rows(String a, String b, int max, int[] m, int p2, int p1, int c0) {
        int la = a.length();
        int lb = b.length();
        for (int j = 0; j <= lb; j++) {
            m[p1 + j] = j;
        }
        for (int i = 1; i <= la; i++) {
            m[c0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(m[p1 + j] + 1, m[c0 + j - 1] + 1), m[p1 + j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, m[p2 + j - 2] + 1);
                }
                m[c0 + j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int t = p2;
            p2 = p1;
            p1 = c0;
            c0 = t;
        }
        return Math.min(m[p1 + lb], max + 1);
    }
}
