package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's name as a list writes it, split into family and given names: OFAC's {@code LAST, First Middle};
 * the UK and CSL habit of writing the family name in capitals ({@code Andrey Andreevich ZADACHIN}); else the
 * last word is taken for the family name (Western order) or, when {@code familyFirst}, the first (the usual
 * order of Chinese and Korean names).
 *
 * @param family the family-name words
 * @param given the given and middle names, patronymics included, in order
 * @param commaForm whether the list wrote {@code LAST, First}
 */
public record PersonName(List<String> family, List<String> given, boolean commaForm) {
    public PersonName {
        family = List.copyOf(family);
        given = List.copyOf(given);
    }

    /** Splits a name; words are split at white space only, so hyphenated words stay one. */
    public static PersonName parse(String name, boolean familyFirst) {
        int comma = name.indexOf(',');
        if (comma > 0 && comma == name.lastIndexOf(',')) {
            List<String> f = split(name.substring(0, comma));
            List<String> g = split(name.substring(comma + 1));
            if (!f.isEmpty() && !g.isEmpty()) {
                return new PersonName(f, g, true);
            }
        }
        List<String> w = split(name.replace(',', ' '));
        if (w.size() < 2) {
            return new PersonName(w, List.of(), false);
        }
        int caps = -1;
        int capsCount = 0;
        boolean mixed = false;
        for (int i = 0; i < w.size(); i++) {
            String s = w.get(i);
            long letters = s.codePoints().filter(Character::isLetter).count();
            if (letters > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT))) {
                caps = i;
                capsCount++;
            } else {
                mixed = true;
            }
        }
        if (capsCount == 1 && mixed) {
            List<String> g = new ArrayList<>(w);
            g.remove(caps);
            return new PersonName(List.of(w.get(caps)), g, false);
        }
        if (familyFirst) {
            return new PersonName(List.of(w.get(0)), w.subList(1, w.size()), false);
        }
        return new PersonName(List.of(w.get(w.size() - 1)), w.subList(0, w.size() - 1), false);
    }

    /** Given names then family name: {@code First Middle Last}. */
    public String natural() {
        List<String> all = new ArrayList<>(given);
        all.addAll(family);
        return String.join(" ", all);
    }

    /** OFAC's form: {@code LAST, First Middle}. */
    public String listForm() {
        return given.isEmpty() ? String.join(" ", family) : String.join(" ", family) + ", " + String.join(" ", given);
    }

    /** Every word, family name first. */
    public List<String> familyFirst() {
        List<String> all = new ArrayList<>(family);
        all.addAll(given);
        return all;
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
