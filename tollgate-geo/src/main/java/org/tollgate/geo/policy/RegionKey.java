package org.tollgate.geo.policy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comparison key of a region name: without case, accents, apostrophes, spaces or punctuation, so that
 * "Donets'ka Oblast'" and "Donetska oblast" compare equal. Keys of the names the databases return are memoised
 * (there are a few thousand distinct subdivision names), which keeps the lookup path free of normalisation work.
 */
final class RegionKey {
    private static final int MAX_MEMO = 100_000;
    private static final ConcurrentHashMap<String, String> MEMO = new ConcurrentHashMap<>();

    private RegionKey() {}

    static String of(String name) {
        if (name.isEmpty()) {
            return "";
        }
        String key = MEMO.get(name);
        if (key != null) {
            return key;
        }
        key = compute(name);
        if (MEMO.size() < MAX_MEMO) {
            MEMO.put(name, key);
        }
        return key;
    }

    private static String compute(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
