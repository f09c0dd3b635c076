package org.tollgate.cli.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a romanised East Asian person name in its own script from two tables: family names, and the
 * syllables given names are made of. Chinese and Korean renderings differ only in their tables.
 */
final class SyllableRendering {
    private final Map<String, String> family;
    private final Map<String, String> given;

    /**
     * @param familyPairs space-separated {@code romanised rendered} pairs of family names
     * @param givenPairs space-separated {@code syllable rendered} pairs of given-name syllables
     */
    SyllableRendering(String familyPairs, String givenPairs) {
        this.family = table(familyPairs);
        this.given = table(givenPairs);
    }

    private static Map<String, String> table(String pairs) {
        String[] t = pairs.trim().split("\\s+");
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < t.length; i += 2) {
            m.putIfAbsent(t[i], t[i + 1]);
        }
        return Map.copyOf(m);
    }

    /**
     * The rendered name, or empty when a part is not in the tables or the given name has more than two
     * syllables (Chinese and Korean given names have one or two; more means the split was wrong or the name is
     * of another origin).
     */
    Optional<String> render(PersonName name) {
        if (name.family().size() != 1 || name.given().isEmpty()) {
            return Optional.empty();
        }
        String f = family.get(name.family().get(0).toLowerCase(Locale.ROOT));
        if (f == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(f);
        int syllables = 0;
        for (String g : name.given()) {
            for (String part : g.toLowerCase(Locale.ROOT).split("-")) {
                Optional<List<String>> seg = Syllables.segment(part, given.keySet());
                if (seg.isEmpty()) {
                    return Optional.empty();
                }
                for (String s : seg.get()) {
                    b.append(given.get(s));
                    syllables++;
                }
            }
        }
        return syllables <= 2 ? Optional.of(b.toString()) : Optional.empty();
    }
}
