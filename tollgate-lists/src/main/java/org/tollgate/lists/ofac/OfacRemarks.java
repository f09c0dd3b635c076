package org.tollgate.lists.ofac;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.Gender;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.NameKind;

/**
 * Pulls the facts out of OFAC's legacy remarks text, where the CSV (and partly the legacy XML) writes them as
 * {@code ;}-separated items: {@code DOB 01 Jan 1960; POB Tehran, Iran; nationality Iran; Passport A123 (Iran)
 * issued 01 Jan 2000; a.k.a. 'ABU X'; Linked To: SOME GROUP.}
 *
 * <p>Items it does not know stay only in the remarks text, which the caller keeps whole. The weak aliases of the
 * legacy CSV live here too: OFAC writes them only in the remarks, in single quotes ({@code a.k.a. 'BNC'}), never in
 * alt.csv.
 */
final class OfacRemarks {
    private static final Pattern IMO = Pattern.compile("IMO\\s*(\\d{7})");
    private static final Pattern DIGITAL_CURRENCY = Pattern.compile("Digital Currency Address - (\\S+)\\s+(\\S+).*");

    private OfacRemarks() {}

    /**
     * Adds what {@code remarks} states to {@code b}.
     *
     * @param remarks the whole remarks text (sdn.csv Remarks plus any sdn_comments.csv continuation)
     * @param countries resolves country texts
     * @param isListedName whether a name is the primary name of an entity of the same list; decides whether the
     *     period ending the remarks belongs to a linked name ("... CO., LTD.") or only ends the text
     */
    static void extract(String remarks, Entity.Builder b, OfacCountry countries, Predicate<String> isListedName) {
        List<String> items = split(remarks);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String raw = items.get(i);
            // the legacy XML writes links in parentheses: "(Linked To: PUBLIC JOINT STOCK COMPANY GAZPROM)"
            if (raw.startsWith("(") && raw.endsWith(")")) {
                raw = raw.substring(1, raw.length() - 1).strip();
            }
            String item = last ? stripFinalPeriod(raw) : raw;
            String rawItem = raw;
            if (item.regionMatches(true, 0, "alt. ", 0, 5)) {
                item = item.substring(5).strip();
                rawItem = rawItem.substring(5).strip();
            }
            item(item, rawItem, last, b, countries, isListedName);
        }
    }

    private static void item(
            String item,
            String rawItem,
            boolean last,
            Entity.Builder b,
            OfacCountry countries,
            Predicate<String> isListedName) {
        if (item.startsWith("a.k.a. ") || item.startsWith("f.k.a. ") || item.startsWith("n.k.a. ")) {
            alias(rawItem.substring(7).strip(), b);
        } else if (item.startsWith("DOB ")) {
            OfacDates.birthDate(item.substring(4)).ifPresent(b::birthDate);
        } else if (item.startsWith("POB ")) {
            b.placeOfBirth(item.substring(4));
        } else if (item.startsWith("nationality ")) {
            String c = item.substring(12).strip();
            b.nationality(orText(countries.code(c), c));
        } else if (item.startsWith("Nationality of Registration ")) {
            String c = item.substring(28).strip();
            b.nationality(orText(countries.code(c), c));
        } else if (item.startsWith("citizen ")) {
            String c = item.substring(8).strip();
            b.citizenship(orText(countries.code(c), c));
        } else if (item.startsWith("Gender ")) {
            Gender g = Gender.parse(item.substring(7));
            if (g != Gender.UNKNOWN) {
                b.gender(g);
            }
        } else if (item.startsWith("Linked To:")) {
            String name = linkedName(rawItem.substring(10).strip(), last, isListedName);
            if (!name.isEmpty()) {
                b.link(new Link(LinkKind.LINKED_TO, name, "Linked To"));
            }
        } else if (item.startsWith("Owned or Controlled By:")) {
            String name = linkedName(rawItem.substring(23).strip(), last, isListedName);
            if (!name.isEmpty()) {
                b.link(new Link(LinkKind.OWNED_BY, name, "Owned or Controlled By"));
            }
        } else if (item.startsWith("Digital Currency Address - ")) {
            Matcher m = DIGITAL_CURRENCY.matcher(item);
            if (m.matches()) {
                b.identifier(new Identifier(
                        IdentifierType.DIGITAL_CURRENCY_ADDRESS,
                        m.group(2),
                        "",
                        "Digital Currency Address - " + m.group(1)));
            }
        } else {
            String label = OfacLabels.identifierPrefix(item);
            if (!label.isEmpty()) {
                identifier(label, item.substring(label.length() + 1), b, countries);
            }
        }
    }

    /** Adds an identifier written {@code VALUE [(Country)] [issued DATE] [expires DATE]}. */
    private static void identifier(String label, String rest, Entity.Builder b, OfacCountry countries) {
        String value = rest.strip();
        int cut = indexOfWord(value, "issued");
        int expires = indexOfWord(value, "expires");
        if (expires >= 0 && (cut < 0 || expires < cut)) {
            cut = expires;
        }
        if (cut >= 0) {
            value = value.substring(0, cut).strip();
        }
        String country = "";
        if (value.endsWith(")")) {
            int open = value.lastIndexOf('(');
            if (open > 0) {
                country = countries.code(value.substring(open + 1, value.length() - 1));
                value = value.substring(0, open).strip();
            }
        }
        identifier(OfacLabels.identifierType(label), label, value, country).ifPresent(b::identifier);
    }

    /**
     * An identifier, with OFAC's IMO convention applied: a vessel's "Vessel Registration Identification" or
     * "Identification Number" written "IMO 1234567" is the IMO number 1234567. ("Company Number IMO 5055293" is an
     * IMO company number, not a ship's, and keeps its own type.)
     */
    static Optional<Identifier> identifier(IdentifierType type, String label, String value, String country) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher imo = IMO.matcher(v);
        if (imo.matches() && (type == IdentifierType.IMO_NUMBER || "Identification Number".equals(label))) {
            return Optional.of(new Identifier(IdentifierType.IMO_NUMBER, imo.group(1), country, label));
        }
        IdentifierType t = type == IdentifierType.IMO_NUMBER ? IdentifierType.OTHER : type;
        return Optional.of(new Identifier(t, v, country, label));
    }

    private static int indexOfWord(String s, String word) {
        int i = s.indexOf(" " + word + " ");
        return i < 0 ? -1 : i;
    }

    /** A weak alias: the text between the first and the last single quote ({@code 'AL-QA'IDA'} keeps its inner one). */
    private static void alias(String quoted, Entity.Builder b) {
        String t = quoted.strip();
        int open = t.indexOf('\'');
        int close = t.lastIndexOf('\'');
        String name;
        if (open == 0 && close > open) {
            name = t.substring(1, close);
        } else {
            // never seen in OFAC's files, but an unquoted alias is still a name
            name = stripFinalPeriod(t);
        }
        b.name(name, NameKind.WEAK_ALIAS);
    }

    /**
     * The linked name of a "Linked To:" item. When the item ends the remarks, its final period either ends the text
     * or belongs to the name ("S.A."); the listed names decide, and without a match the period is kept only after an
     * abbreviation with an inner period.
     */
    private static String linkedName(String raw, boolean last, Predicate<String> isListedName) {
        String name = raw.strip();
        if (!last || !name.endsWith(".")) {
            return name;
        }
        String without = name.substring(0, name.length() - 1).strip();
        if (isListedName.test(name)) {
            return name;
        }
        if (isListedName.test(without)) {
            return without;
        }
        int space = Math.max(name.lastIndexOf(' '), name.lastIndexOf(','));
        String lastWord = name.substring(space + 1);
        return lastWord.indexOf('.') < lastWord.length() - 1 ? name : without;
    }

    private static String stripFinalPeriod(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    static String orText(String code, String text) {
        return code.isEmpty() ? text : code;
    }

    /** Splits remarks at the semicolons outside parentheses, trimming each item and dropping empty ones. */
    static List<String> split(String remarks) {
        List<String> items = new ArrayList<>();
        if (remarks == null) {
            return items;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < remarks.length(); i++) {
            char c = remarks.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                add(items, remarks.substring(start, i));
                start = i + 1;
            }
        }
        add(items, remarks.substring(start));
        return items;
    }

    private static void add(List<String> items, String item) {
        String t = item.strip();
        if (!t.isEmpty()) {
            items.add(t);
        }
    }
}
