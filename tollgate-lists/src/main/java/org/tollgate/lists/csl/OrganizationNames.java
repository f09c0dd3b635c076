package org.tollgate.lists.csl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a party's name bears the marks of an organisation: a legal form ("LTD", "GmbH", "OOO"), a word
 * that names an institution ("Institute", "Bank", "Ministry") or a digit. Lists that do not state whether an
 * entry is a person (the BIS Denied Persons List, the State Department's ITAR debarments) are mostly people, so
 * a name without these marks is best taken for a person's there. It is a hint, never proof; the word list is
 * deliberately conservative and leaves out short words that are also parts of people's names ("AS", "AB").
 */
public final class OrganizationNames {
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}.&-]+");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private static final Set<String> MARKS = Set.of(
            // legal forms
            "co",
            "co.",
            "corp",
            "corp.",
            "corporation",
            "company",
            "companies",
            "ltd",
            "ltd.",
            "limited",
            "llc",
            "l.l.c.",
            "inc",
            "inc.",
            "incorporated",
            "gmbh",
            "ag",
            "s.a.",
            "sa",
            "sarl",
            "s.a.r.l.",
            "srl",
            "s.r.l.",
            "s.r.o.",
            "bv",
            "b.v.",
            "nv",
            "n.v.",
            "plc",
            "jsc",
            "ojsc",
            "pjsc",
            "cjsc",
            "ooo",
            "oao",
            "zao",
            "pao",
            "llp",
            "lp",
            "pte",
            "pvt",
            "bhd",
            "sdn",
            "kg",
            "spa",
            "s.p.a.",
            "ltda",
            "lda",
            "fze",
            "fzco",
            "fzc",
            "fzllc",
            "fz-llc",
            "establishment",
            "est.",
            "a.s.",
            "k.k.",
            "s.a.s.",
            // words that name an organisation, never a person
            "group",
            "holding",
            "holdings",
            "industries",
            "industry",
            "industrial",
            "international",
            "trading",
            "trade",
            "technology",
            "technologies",
            "tech",
            "enterprise",
            "enterprises",
            "institute",
            "institution",
            "university",
            "academy",
            "center",
            "centre",
            "bureau",
            "ministry",
            "department",
            "directorate",
            "factory",
            "plant",
            "bank",
            "services",
            "service",
            "systems",
            "electronics",
            "electronic",
            "laboratory",
            "laboratories",
            "research",
            "association",
            "organization",
            "organisation",
            "foundation",
            "agency",
            "firm",
            "partners",
            "shipping",
            "aviation",
            "airlines",
            "airline",
            "airways",
            "import",
            "export",
            "exports",
            "imports",
            "exporters",
            "importers",
            "engineering",
            "equipment",
            "aerospace",
            "marine",
            "logistics",
            "supply",
            "supplies",
            "solutions",
            "works",
            "army",
            "forces",
            "brigade",
            "regiment",
            "committee",
            "council",
            "commission",
            "society",
            "fund",
            "trust",
            "federation",
            "school",
            "college",
            "hospital",
            "petroleum",
            "chemical",
            "chemicals",
            "energy",
            "metals",
            "steel",
            "mining",
            "construction",
            "development",
            "instruments",
            "machinery",
            "manufacturing",
            "products",
            "consulting",
            "management",
            "investment",
            "investments",
            "capital",
            "finance",
            "financial",
            "insurance",
            "exchange",
            "transport",
            "express",
            "communications",
            "telecom",
            "software",
            "computer",
            "computers",
            "networks",
            "global",
            "worldwide",
            "corporate",
            "associates",
            "freight",
            "cargo",
            "motors",
            "electric",
            "optics",
            "photonics",
            "microelectronics");

    private OrganizationNames() {}

    /** Whether the name has a legal form, an organisation word or a digit in it. */
    public static boolean looksLikeOrganization(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        if (DIGIT.matcher(name).find()) {
            return true;
        }
        for (String word : WORD.split(name.toLowerCase(Locale.ROOT))) {
            if (MARKS.contains(word) || MARKS.contains(stripTrailingPunctuation(word))) {
                return true;
            }
        }
        return false;
    }

    private static String stripTrailingPunctuation(String word) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == '-')) {
            end--;
        }
        return word.substring(0, end);
    }
}
