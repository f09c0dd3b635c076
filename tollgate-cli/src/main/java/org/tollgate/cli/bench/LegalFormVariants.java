package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same company with its legal form written another way: {@code LLC} / {@code Limited Liability Company}
 * / {@code OOO} / {@code ООО}, {@code JSC} / {@code AO}, {@code Co., Ltd.} / {@code Company Limited}, {@code
 * Inc.} / {@code Incorporated}, {@code S.A.} / {@code Sociedad Anonima}, ...; a Russian form may also move from
 * the front of the name to the end ({@code OOO Romashka} / {@code Romashka LLC}), as English renderings do.
 *
 * <p>The benchmark's own table, written independently of the engine's.
 */
public final class LegalFormVariants {
    /** One spelling of a legal form: how it is written, and a pattern that finds it (case-insensitive). */
    record Form(String text, Pattern pattern) {}

    /** A class of equivalent forms; {@code russian} forms may stand at either end of a name. */
    record Group(List<Form> forms, boolean russian) {}

    private static final List<Group> GROUPS = new ArrayList<>();

    static {
        group(
                true,
                "LLC",
                "L\\.?L\\.?C\\.?",
                "Limited Liability Company",
                "LIMITED\\s+LIABILITY\\s+COMPANY",
                "OOO",
                "OOO",
                "ООО",
                "ООО");
        group(true, "JSC", "JSC", "Joint Stock Company", "JOINT[\\s-]+STOCK\\s+COMPANY", "AO", "AO", "АО", "АО");
        group(
                true,
                "OJSC",
                "OJSC",
                "Open Joint Stock Company",
                "OPEN\\s+JOINT[\\s-]+STOCK\\s+COMPANY",
                "OAO",
                "OAO",
                "ОАО",
                "ОАО");
        group(
                true,
                "CJSC",
                "CJSC",
                "Closed Joint Stock Company",
                "CLOSED\\s+JOINT[\\s-]+STOCK\\s+COMPANY",
                "ZAO",
                "ZAO",
                "ЗАО",
                "ЗАО");
        group(
                true,
                "PJSC",
                "PJSC",
                "Public Joint Stock Company",
                "PUBLIC\\s+JOINT[\\s-]+STOCK\\s+COMPANY",
                "PAO",
                "PAO",
                "ПАО",
                "ПАО");
        group(
                false,
                "Co., Ltd.",
                "CO\\.?,?\\s*LTD\\.?",
                "Company Limited",
                "COMPANY\\s+LIMITED",
                "Co. Limited",
                "CO\\.?,?\\s+LIMITED",
                "Company Ltd",
                "COMPANY,?\\s+LTD\\.?");
        group(false, "Ltd.", "LTD\\.?", "Limited", "LIMITED");
        group(false, "Inc.", "INC\\.?", "Incorporated", "INCORPORATED");
        group(false, "Corp.", "CORP\\.?", "Corporation", "CORPORATION");
        group(false, "Co.", "CO\\.?", "Company", "COMPANY");
        group(
                false,
                "GmbH",
                "GMBH",
                "Gesellschaft mit beschraenkter Haftung",
                "GESELLSCHAFT\\s+MIT\\s+BESCHR(?:AE|Ä)NKTER\\s+HAFTUNG");
        group(
                false,
                "S.A.",
                "S\\.\\s?A\\.?|SA",
                "Sociedad Anonima",
                "SOCIEDAD\\s+AN(?:O|Ó)NIMA",
                "Societe Anonyme",
                "SOCI(?:E|É)T(?:E|É)\\s+ANONYME");
        group(false, "PLC", "P\\.?L\\.?C\\.?", "Public Limited Company", "PUBLIC\\s+LIMITED\\s+COMPANY");
        group(false, "LLP", "L\\.?L\\.?P\\.?", "Limited Liability Partnership", "LIMITED\\s+LIABILITY\\s+PARTNERSHIP");
        group(false, "FZE", "FZE", "Free Zone Establishment", "FREE\\s+ZONE\\s+ESTABLISHMENT");
        group(false, "FZCO", "FZ-?CO", "Free Zone Company", "FREE\\s+ZONE\\s+COMPANY");
        group(false, "Pte. Ltd.", "PTE\\.?\\s+LTD\\.?", "Private Limited", "PRIVATE\\s+LIMITED");
        group(false, "Sdn. Bhd.", "SDN\\.?\\s+BHD\\.?", "Sendirian Berhad", "SENDIRIAN\\s+BERHAD");
        group(
                false,
                "S.R.L.",
                "S\\.R\\.L\\.?|SRL",
                "Societa a Responsabilita Limitata",
                "SOCIET(?:A|À)\\s+A\\s+RESPONSABILIT(?:A|À)\\s+LIMITATA");
        group(
                false,
                "S.A.R.L.",
                "S\\.A\\.R\\.L\\.?|SARL",
                "Societe a Responsabilite Limitee",
                "SOCI(?:E|É)T(?:E|É)\\s+(?:A|À)\\s+RESPONSABILIT(?:E|É)\\s+LIMIT(?:E|É)E");
        group(false, "Ltda.", "LTDA\\.?", "Limitada", "LIMITADA");
    }

    private static void group(boolean russian, String... textAndPattern) {
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < textAndPattern.length; i += 2) {
            forms.add(new Form(
                    textAndPattern[i],
                    Pattern.compile(
                            "(?<![\\p{L}\\p{N}])(?:" + textAndPattern[i + 1] + ")(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        GROUPS.add(new Group(forms, russian));
    }

    private LegalFormVariants() {}

    /** A legal form found in a name: where, and which group and spelling. */
    record Found(int start, int end, Group group, Form form) {}

    /** The legal forms in a name, longest first, none overlapping. */
    static List<Found> find(String name) {
        List<Found> all = new ArrayList<>();
        for (Group g : GROUPS) {
            for (Form f : g.forms()) {
                Matcher m = f.pattern().matcher(name);
                while (m.find()) {
                    all.add(new Found(m.start(), m.end(), g, f));
                }
            }
        }
        all.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparingInt(Found::start));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            boolean overlaps = kept.stream().anyMatch(k -> f.start() < k.end() && k.start() < f.end());
            // a form must leave a name: "Company" alone is no company name
            boolean leavesName = name.substring(0, f.start()).matches(".*\\p{L}.*")
                    || name.substring(f.end()).matches(".*\\p{L}.*");
            if (!overlaps && leavesName) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * The company name with one legal form written as another of its class, and sometimes moved to the other
     * end of the name. Empty when the name has no legal form of the table.
     */
    public static Optional<String> vary(String name, Random rnd) {
        List<Found> found = find(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found f = found.get(rnd.nextInt(found.size()));
        List<Form> others =
                f.group().forms().stream().filter(x -> x != f.form()).toList();
        String replacement = others.get(rnd.nextInt(others.size())).text();
        boolean upper = name.equals(name.toUpperCase(Locale.ROOT));
        if (upper) {
            replacement = replacement.toUpperCase(Locale.ROOT);
        }
        String before = name.substring(0, f.start()).strip();
        String after = name.substring(f.end()).strip();
        String out;
        if (f.group().russian() && rnd.nextInt(3) == 0 && (before.isEmpty() || after.isEmpty())) {
            // move the form to the other end of the name
            String rest = (before + " " + after).strip().replaceAll("^,\\s*|,$", "");
            out = before.isEmpty() ? rest + " " + replacement : replacement + " " + rest;
        } else {
            out = (before + " " + replacement + " " + after).strip();
        }
        out = out.replaceAll("\\s+", " ");
        return out.equalsIgnoreCase(name) ? Optional.empty() : Optional.of(out);
    }
}
