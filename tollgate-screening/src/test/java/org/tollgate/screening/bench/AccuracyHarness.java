package org.tollgate.screening.bench;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.screening.Hit;
import org.tollgate.screening.NameStrength;
import org.tollgate.screening.Party;
import org.tollgate.screening.PartyName;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.ScreeningResult;
import org.tollgate.screening.index.ScreeningIndex;

/**
 * A quick tuning harness (not the product benchmark): recall on real list names with seeded variations
 * and on the UN positives, and the alert rate on the synthetic innocents. Args: [sample size per set].
 */
public final class AccuracyHarness {
    record Case(String kind, ScreeningQuery query, String expectedId) {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("TOLLGATE_TESTDATA", "../shared/data"));
        int sample = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean verbose = args.length > 1;
        List<Party> parties = RealLists.all(data);
        ScreeningIndex idx = ScreeningIndex.build(parties);
        System.out.println("index " + idx.stats());
        Screener screener = new Screener(idx);
        ScreeningOptions o = ScreeningOptions.defaults().withLimit(20);
        Random rnd = new Random(42);
        Map<String, List<Case>> sets = new LinkedHashMap<>();

        List<Party> sdn =
                parties.stream().filter(p -> p.source().equals("us_ofac_sdn")).toList();
        List<Party> persons = new ArrayList<>(
                sdn.stream().filter(p -> p.type() == EntityType.PERSON).toList());
        List<Party> orgs = new ArrayList<>(
                sdn.stream().filter(p -> p.type() == EntityType.ORGANIZATION).toList());
        Collections.shuffle(persons, rnd);
        Collections.shuffle(orgs, rnd);
        List<Party> pick = new ArrayList<>();
        pick.addAll(persons.subList(0, Math.min(sample * 3 / 4, persons.size())));
        pick.addAll(orgs.subList(0, Math.min(sample / 4, orgs.size())));
        Transliterator toCyr = Transliterator.getInstance("Latin-Russian/BGN");
        Transliterator toAr = Transliterator.getInstance("Latin-Arabic");
        for (Party p : pick) {
            String name = p.primaryName();
            String plain = reordered(name);
            add(sets, "exact", ScreeningQuery.of(name), p);
            add(
                    sets,
                    "reformatted",
                    ScreeningQuery.of(plain.toLowerCase(Locale.ROOT).replace("-", " ")),
                    p);
            List<String> words = new ArrayList<>(List.of(plain.split("\\s+")));
            if (words.size() >= 2) {
                List<String> sh = new ArrayList<>(words);
                Collections.rotate(sh, 1);
                add(sets, "word_order", ScreeningQuery.of(String.join(" ", sh)), p);
            }
            if (p.type() == EntityType.PERSON && words.size() >= 3) {
                List<String> m = new ArrayList<>(words);
                m.remove(1 + rnd.nextInt(words.size() - 2));
                add(sets, "missing_middle", ScreeningQuery.of(String.join(" ", m)), p);
            }
            add(sets, "typo_1", ScreeningQuery.of(typo(plain, rnd)), p);
            String roman = romanised(plain, rnd);
            if (roman != null) {
                add(sets, "romanisation", ScreeningQuery.of(roman), p);
            }
            String lf = legalFormVariant(plain);
            if (lf != null) {
                add(sets, "legal_form", ScreeningQuery.of(lf), p);
            }
            if (p.type() == EntityType.PERSON) {
                add(sets, "cyrillic", ScreeningQuery.of(toCyr.transliterate(cyrillicReady(plain))), p);
                add(
                        sets,
                        "arabic_ascii_roundtrip",
                        ScreeningQuery.of(toAr.transliterate(plain.toLowerCase(Locale.ROOT))),
                        p);
            }
            if (p.names().size() > 1) {
                PartyName alias = p.names().get(1 + rnd.nextInt(p.names().size() - 1));
                add(
                        sets,
                        alias.strength() == NameStrength.WEAK ? "alias_weak" : "alias_strong",
                        ScreeningQuery.of(alias.value()),
                        p);
            }
        }
        // original-script names against an index without them
        List<Party> latinOnly = new ArrayList<>();
        List<Case> orig = new ArrayList<>();
        for (Party p : parties) {
            List<PartyName> keep = p.names().stream()
                    .filter(n -> n.strength() != NameStrength.ORIGINAL_SCRIPT)
                    .toList();
            for (PartyName n : p.names()) {
                if (n.strength() == NameStrength.ORIGINAL_SCRIPT) {
                    orig.add(new Case("original_script", ScreeningQuery.of(n.value()), p.id()));
                }
            }
            latinOnly.add(new Party(
                    p.id(),
                    p.source(),
                    p.sourceRef(),
                    p.type(),
                    keep,
                    p.birthDates(),
                    p.countries(),
                    p.identifiers(),
                    p.entity()));
        }
        Screener latin = new Screener(ScreeningIndex.build(latinOnly));

        System.out.printf("%-24s %6s %8s%n", "set", "n", "recall");
        for (Map.Entry<String, List<Case>> e : sets.entrySet()) {
            report(e.getKey(), e.getValue(), screener, o, verbose);
        }
        report("original_script(latin idx)", orig, latin, o, verbose);
        for (String f : List.of("positives_un_untreated", "positives_un_treated")) {
            List<List<String>> rows = RealLists.csv(
                    data.resolve("name_corpus_opensanctions_benchmark/" + f + ".csv"), StandardCharsets.UTF_8);
            int hit = 0;
            int hitDob = 0;
            int n = 0;
            for (List<String> r : rows.subList(1, rows.size())) {
                n++;
                ScreeningQuery q = ScreeningQuery.of(r.get(0));
                if (screener.screen(q, o).alert()) {
                    hit++;
                } else if (verbose) {
                    System.out.println("  MISS " + f + ": " + r.get(0));
                }
                if (screener.screen(withSecondary(q, r), o).alert()) {
                    hitDob++;
                }
            }
            System.out.printf("%-24s %6d %8.4f  with dob/nat %.4f%n", f, n, hit / (double) n, hitDob / (double) n);
        }
        for (String f : List.of("negatives_us", "negatives_global")) {
            List<List<String>> rows = RealLists.csv(
                    data.resolve("name_corpus_opensanctions_benchmark/" + f + ".csv"), StandardCharsets.UTF_8);
            int alerts = 0;
            int alertsDob = 0;
            int n = 0;
            long t0 = System.nanoTime();
            int limit = Math.min(rows.size() - 1, sample * 10);
            for (List<String> r : rows.subList(1, 1 + limit)) {
                n++;
                ScreeningQuery q = ScreeningQuery.of(r.get(0));
                ScreeningResult res = screener.screen(q, o);
                if (res.alert()) {
                    alerts++;
                    if (verbose) {
                        Hit h = res.hits().get(0);
                        System.out.println("  FP " + r.get(0) + " -> " + h.matchedName() + " " + h.score() + " "
                                + h.explanation().alignments());
                    }
                }
                if (screener.screen(withSecondary(q, r), o).alert()) {
                    alertsDob++;
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6 / (2 * n);
            System.out.printf(
                    "%-24s %6d alert %.4f  with dob/nat %.4f  (%.2f ms/query)%n",
                    f, n, alerts / (double) n, alertsDob / (double) n, ms);
        }
    }

    static ScreeningQuery withSecondary(ScreeningQuery q, List<String> r) {
        if (r.size() > 5 && !r.get(5).isBlank()) {
            PartialDate.parse(r.get(5).strip()).ifPresent(d -> {});
            var d = PartialDate.parse(fixDate(r.get(5).strip()));
            if (d.isPresent()) {
                q = q.withBirthDate(d.get());
            }
        }
        if (r.size() > 7 && !r.get(7).isBlank() && Countries.alpha2(r.get(7)).isPresent()) {
            q = q.withCountry(r.get(7));
        }
        return q;
    }

    private static String fixDate(String s) {
        String[] p = s.split("-");
        StringBuilder b = new StringBuilder(p[0]);
        for (int i = 1; i < p.length; i++) {
            b.append('-').append(p[i].length() == 1 ? "0" + p[i] : p[i]);
        }
        return b.toString();
    }

    private static void add(Map<String, List<Case>> sets, String kind, ScreeningQuery q, Party p) {
        sets.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Case(kind, q, p.id()));
    }

    private static void report(String name, List<Case> cases, Screener s, ScreeningOptions o, boolean verbose) {
        int ok = 0;
        for (Case c : cases) {
            ScreeningResult r = s.screen(c.query(), o);
            Predicate<Hit> expected = h -> h.alert() && h.entityId().equals(c.expectedId());
            if (r.hits().stream().anyMatch(expected)) {
                ok++;
            } else if (verbose) {
                System.out.println("  MISS " + name + ": " + c.query().name() + " (" + c.expectedId() + ") top="
                        + (r.hits().isEmpty()
                                ? "-"
                                : r.hits().get(0).matchedName() + " "
                                        + r.hits().get(0).score()));
            }
        }
        System.out.printf("%-24s %6d %8.4f%n", name, cases.size(), ok / (double) Math.max(1, cases.size()));
    }

    /** "LAST, First Middle" written "First Middle LAST". */
    static String reordered(String name) {
        int c = name.indexOf(',');
        if (c > 0 && c == name.lastIndexOf(',')) {
            return (name.substring(c + 1).strip() + " " + name.substring(0, c).strip()).strip();
        }
        return name;
    }

    private static final org.tollgate.screening.variants.VariantTable VARIANTS =
            org.tollgate.screening.variants.VariantTable.standard();

    /** One word replaced by another spelling of its variant class (only letters, only vowelled spellings). */
    static String romanised(String name, Random rnd) {
        String[] w = name.split("\\s+");
        List<Integer> cand = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (VARIANTS.classesOf(w[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")).length > 0) {
                cand.add(i);
            }
        }
        if (cand.isEmpty()) {
            return null;
        }
        int i = cand.get(rnd.nextInt(cand.size()));
        String word = w[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        int[] cls = VARIANTS.classesOf(word);
        List<String> members = new ArrayList<>(VARIANTS.members(cls[rnd.nextInt(cls.length)]));
        members.removeIf(m -> m.equals(word) || m.replaceAll("[aeiou]", "").equals(m));
        if (members.isEmpty()) {
            return null;
        }
        w[i] = members.get(rnd.nextInt(members.size()));
        return String.join(" ", w);
    }

    /** The legal form written another way (LLC as Limited Liability Company, Ltd as Limited, ...). */
    static String legalFormVariant(String name) {
        String[][] swaps = {
            {"LIMITED LIABILITY COMPANY", "LLC"},
            {"LLC", "Limited Liability Company"},
            {"JOINT STOCK COMPANY", "JSC"},
            {"JSC", "Joint Stock Company"},
            {"CO., LTD.", "Company Limited"},
            {"CO., LTD", "Co Limited"},
            {"COMPANY LIMITED", "Co., Ltd."},
            {"LIMITED", "Ltd"},
            {"LTD.", "Limited"},
            {"LTD", "Limited"},
            {"S.A.", "SA"},
            {"GMBH", "G.m.b.H."},
            {"INC.", "Incorporated"},
            {"CORPORATION", "Corp."},
            {"PUBLIC JOINT STOCK COMPANY", "PJSC"},
            {"OOO", "LLC"},
            {"OAO", "OJSC"},
            {"ZAO", "CJSC"},
            {"FZE", "F.Z.E."}
        };
        String up = name.toUpperCase(Locale.ROOT);
        for (String[] sw : swaps) {
            int at = up.indexOf(sw[0]);
            if (at >= 0) {
                return name.substring(0, at) + sw[1] + name.substring(at + sw[0].length());
            }
        }
        return null;
    }

    /** Latin letters BGN has no Cyrillic for, spelled the way a Russian writer would. */
    static String cyrillicReady(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        String[][] m = {
            {"kh", "х"},
            {"zh", "ж"},
            {"ch", "ч"},
            {"sh", "ш"},
            {"th", "т"},
            {"ph", "ф"},
            {"h", "х"},
            {"j", "дж"},
            {"w", "в"},
            {"x", "кс"},
            {"c", "к"},
            {"q", "к"}
        };
        for (String[] r : m) {
            l = l.replace(r[0], r[1]);
        }
        return l;
    }

    static String typo(String name, Random rnd) {
        String[] w = name.split("\\s+");
        List<Integer> longWords = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (w[i].length() >= 4) {
                longWords.add(i);
            }
        }
        if (longWords.isEmpty()) {
            return name;
        }
        int i = longWords.get(rnd.nextInt(longWords.size()));
        StringBuilder b = new StringBuilder(w[i]);
        int pos = 1 + rnd.nextInt(b.length() - 1);
        switch (rnd.nextInt(4)) {
            case 0 -> b.deleteCharAt(pos);
            case 1 -> b.insert(pos, (char) ('a' + rnd.nextInt(26)));
            case 2 -> b.setCharAt(pos, (char) ('a' + rnd.nextInt(26)));
            default -> {
                if (pos + 1 < b.length()) {
                    char t = b.charAt(pos);
                    b.setCharAt(pos, b.charAt(pos + 1));
                    b.setCharAt(pos + 1, t);
                } else {
                    b.deleteCharAt(pos);
                }
            }
        }
        w[i] = b.toString();
        return String.join(" ", w);
    }
}
