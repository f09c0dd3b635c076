package org.tollgate.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.xlsx.XlsxRow;
import org.tollgate.lists.parse.xlsx.XlsxSheet;
import org.tollgate.lists.parse.xlsx.XlsxWorkbook;

/**
 * Positives in other scripts taken from the lists themselves: the UN's original-script names (queried
 * against an index that does not hold them), and the non-Latin names of persons on the UK list, labelled
 * with the indexed entities that have the Latin name of the same UK row. Only persons: the non-Latin names of
 * organisations are mostly translations (БАНК ВТБ for VTB Bank), which no transliterating matcher is meant to
 * find.
 */
public final class ListedScripts {
    /** Letters Persian (and Dari, Pashto, Urdu) writes and Arabic does not: پ چ ژ گ ک ی. */
    private static final String PERSIAN_LETTERS = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";

    private ListedScripts() {}

    /** How many names were found and how many could be labelled. */
    public record Counts(int persons, int linked, int names) {}

    /** The UN's original-script names, each labelled with its UN entry and that entry's other-list twins. */
    public static List<LabelledQuery> unOriginalScript(List<Entity> un, PositiveGenerator gen) {
        List<LabelledQuery> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entity e : un) {
            for (Name n : e.names()) {
                if (n.kind() != NameKind.ORIGINAL_SCRIPT || NameKey.isLatin(n.value()) || !seen.add(n.value())) {
                    continue;
                }
                Set<String> expected = new LinkedHashSet<>();
                expected.add(e.id());
                for (Name latin : e.names()) {
                    if (NameKey.isLatin(latin.value())) {
                        expected.addAll(gen.entitiesWithKey(NameKey.of(latin.value()), e.type()));
                    }
                }
                out.add(new LabelledQuery(
                        Kind.UN_ORIGINAL_SCRIPT,
                        n.value(),
                        expected,
                        e.primaryName().value(),
                        e.id()));
            }
        }
        return out;
    }

    /** One row of the UK sheet that matters here. */
    private record UkRow(String group, String latin, String nonLatin) {}

    /**
     * The names in other scripts of the persons on the UK list (its XLSX publication). Each is the
     * original-script form of the Latin name on the same row; it is used when some indexed person has that
     * Latin name (else the index cannot know the name at all), and labelled with every indexed person that
     * has any Latin name of the same UK entry (the same person, possibly under another of its aliases). One-word
     * names are left out (an alias like "Хусан" names nobody in particular). Counts: [0] rows of persons with
     * a name in Cyrillic, Arabic, Chinese or Hangul script, [1] left out because no indexed person has the
     * row's Latin name, [2] left out for being one word.
     */
    public static Map<Kind, List<LabelledQuery>> uk(Path xlsx, PositiveGenerator gen, int[] counts)
            throws ListParseException, IOException {
        List<UkRow> rows = new ArrayList<>();
        try (XlsxWorkbook wb = XlsxWorkbook.open(xlsx, 64L << 20);
                XlsxSheet sheet = wb.sheetNames().contains("Data") ? wb.sheet("Data") : wb.firstSheet()) {
            Map<String, Integer> col = null;
            XlsxRow row;
            while ((row = sheet.next()) != null) {
                if (col == null) {
                    if (row.cells().contains("Name 6") && row.cells().contains("Group ID")) {
                        col = new HashMap<>();
                        for (int i = 0; i < row.cells().size(); i++) {
                            col.putIfAbsent(row.cells().get(i).strip(), i);
                        }
                    }
                    continue;
                }
                if (!"Individual"
                        .equalsIgnoreCase(row.cell(col.get("Group Type")).strip())) {
                    continue;
                }
                StringBuilder latin = new StringBuilder();
                for (String c : List.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")) {
                    String part = row.cell(col.get(c)).strip();
                    if (!part.isEmpty()) {
                        latin.append(latin.length() == 0 ? "" : " ").append(part);
                    }
                }
                Integer nl = col.get("Name Non-Latin Script");
                rows.add(new UkRow(
                        row.cell(col.get("Group ID")).strip(),
                        latin.toString(),
                        nl == null ? "" : row.cell(nl).strip()));
            }
        }
        Map<String, Set<String>> byGroup = new HashMap<>();
        for (UkRow r : rows) {
            if (!r.latin().isEmpty()) {
                byGroup.computeIfAbsent(r.group(), g -> new LinkedHashSet<>())
                        .addAll(gen.entitiesWithKey(NameKey.of(r.latin()), EntityType.PERSON));
            }
        }
        Map<Kind, List<LabelledQuery>> out = new EnumMap<>(Kind.class);
        Set<String> seen = new HashSet<>();
        for (UkRow r : rows) {
            Kind k = r.nonLatin().isEmpty() || NameKey.isLatin(r.nonLatin()) ? null : kindOf(r.nonLatin());
            if (k == null) {
                continue;
            }
            counts[0]++;
            if (gen.entitiesWithKey(NameKey.of(r.latin()), EntityType.PERSON).isEmpty()) {
                counts[1]++;
                continue;
            }
            if (NameKey.words(r.nonLatin()).size() < 2) {
                counts[2]++;
                continue;
            }
            if (seen.add(r.nonLatin())) {
                out.computeIfAbsent(k, x -> new ArrayList<>())
                        .add(new LabelledQuery(
                                k, r.nonLatin(), byGroup.get(r.group()), r.latin(), "gb_hmt:" + r.group()));
            }
        }
        return out;
    }

    static Kind kindOf(String name) {
        return switch (NameKey.script(name)) {
            case CYRILLIC -> Kind.CYRILLIC_LISTED;
            case ARABIC ->
                name.chars().anyMatch(c -> PERSIAN_LETTERS.indexOf(c) >= 0) ? Kind.PERSIAN_LISTED : Kind.ARABIC_LISTED;
            case HAN -> Kind.CHINESE_LISTED;
            case HANGUL -> Kind.KOREAN_LISTED;
            default -> null;
        };
    }
}
