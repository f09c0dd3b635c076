package org.tollgate.lists.ofac;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tollgate.lists.country.Countries;

/**
 * Resolves the country texts OFAC writes ("Korea, North", "Bahamas, The", "Antigua and Barbuda", "Region: Gaza",
 * "Palestinian") to ISO alpha-2 codes. It asks {@link Countries} first and then tries OFAC's own spellings: the
 * JDK's country names write "&amp;" where OFAC writes "and", and OFAC inverts names around a comma.
 *
 * <p>One instance serves one parse and caches its answers, because the same few hundred texts repeat across tens of
 * thousands of rows. Not thread-safe.
 */
final class OfacCountry {
    /** OFAC texts no general country table knows: territories OFAC names as regions, and the Palestinian ones. */
    private static final Map<String, String> OFAC_ONLY = Map.of(
            "palestinian", "PS",
            "palestinian authority", "PS",
            "possibly palestinian", "PS",
            "gaza", "PS",
            "north gaza", "PS",
            "northern gaza", "PS",
            "west bank", "PS",
            "crimea", "UA",
            "northern mali", "ML");

    private final Map<String, String> cache = new HashMap<>();

    /** The alpha-2 code of a country text, or the empty string when it names no country. */
    String code(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return cache.computeIfAbsent(text, OfacCountry::resolve);
    }

    private static String resolve(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "Region:", 0, 7)) {
            t = t.substring(7).strip();
        }
        Optional<String> direct = Countries.alpha2(t);
        if (direct.isPresent()) {
            return direct.get();
        }
        String own = OFAC_ONLY.get(t.toLowerCase(Locale.ROOT));
        if (own != null) {
            return own;
        }
        // "Man, Isle of" -> "Isle of Man"; "Bahamas, The" -> "The Bahamas"
        int comma = t.indexOf(',');
        String inverted = comma > 0 ? t.substring(comma + 1).strip() + " " + t.substring(0, comma) : t;
        for (String candidate : new String[] {inverted, t.replace(" and ", " "), inverted.replace(" and ", " ")}) {
            Optional<String> c = Countries.alpha2(candidate);
            if (c.isPresent()) {
                return c.get();
            }
        }
        if (comma > 0) {
            // "North Macedonia, The Republic of": the part before the comma is the short name
            return Countries.alpha2(t.substring(0, comma)).orElse("");
        }
        return "";
    }
}
