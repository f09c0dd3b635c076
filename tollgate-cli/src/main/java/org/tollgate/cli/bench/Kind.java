package org.tollgate.cli.bench;

/**
 * A kind of labelled query in the accuracy benchmark: a variation of listed names (with the recall the
 * issue sets as a target, if any) or a set of innocent names (with the highest acceptable alert rate).
 */
public enum Kind {
    EXACT("exact", "a listed name exactly as written", 0.99, false, false),
    REFORMATTED("reformatted", "case, punctuation, hyphens, LAST, First <-> First Last", 0.99, false, false),
    WORD_ORDER("word order", "a person's words in another order", 0.97, false, false),
    MISSING_MIDDLE("missing middle name", "a person's middle name or patronymic left out", 0.97, false, false),
    SINGLE_TYPO("single typo", "one typing mistake in a word of 4+ letters", 0.97, false, false),
    DOUBLE_TYPO("double typo", "two typing mistakes", Double.NaN, false, false),
    ROMANISATION(
            "romanisation", "a person's name in another romanisation (tables and spelling rules)", 0.95, false, false),
    LEGAL_FORM(
            "legal form",
            "a company's legal form written another way (LLC / OOO / Limited Liability Company ...)",
            0.97,
            false,
            false),
    SDN_ALIAS("SDN alias", "an SDN entry's strong a.k.a. or f.k.a., as written", Double.NaN, false, false),
    SDN_WEAK_ALIAS(
            "SDN weak alias",
            "an SDN entry's weak a.k.a., as written (weak aliases count less)",
            Double.NaN,
            false,
            false),
    UN_ORIGINAL_SCRIPT("UN original script", "a UN entry's NAME_ORIGINAL_SCRIPT, not indexed", 0.90, false, true),
    CYRILLIC(
            "Cyrillic (generated)",
            "a Russian/Ukrainian/Belarusian person's Latin name written in Cyrillic",
            0.90,
            false,
            true),
    CYRILLIC_LISTED("Cyrillic (UK)", "Cyrillic names of persons on the UK list", 0.90, false, true),
    ARABIC_LISTED("Arabic (UK)", "Arabic-script names of persons on the UK list", 0.80, false, true),
    PERSIAN_LISTED(
            "Persian (UK)", "names in Persian letters (Persian, Dari, Pashto, Urdu) on the UK list", 0.80, false, true),
    CHINESE("Chinese (generated)", "a Chinese person's pinyin name written in Chinese characters", 0.80, false, true),
    CHINESE_LISTED("Chinese (UK)", "Chinese-character names of persons on the UK list", 0.80, false, true),
    KOREAN("Korean (generated)", "a Korean person's name written in Hangul", 0.80, false, true),
    KOREAN_LISTED("Korean (UK)", "Hangul names of persons on the UK list", 0.80, false, true),
    UN_CORPUS("UN corpus untreated", "positives_un_untreated.csv against its UN entry", Double.NaN, false, false),
    UN_CORPUS_TREATED("UN corpus treated", "positives_un_treated.csv (typos, reshuffles)", Double.NaN, false, false),
    NEGATIVES_US("negatives_us", "50,000 synthetic US/Western innocents", 0.01, true, false),
    NEGATIVES_GLOBAL("negatives_global", "50,000 synthetic innocents in many scripts", 0.02, true, false),
    CONGRESS("US Congress", "1,254 real members of the US Congress", Double.NaN, true, false);

    private final String label;
    private final String description;
    private final double target;
    private final boolean innocent;
    private final boolean otherScript;

    Kind(String label, String description, double target, boolean innocent, boolean otherScript) {
        this.label = label;
        this.description = description;
        this.target = target;
        this.innocent = innocent;
        this.otherScript = otherScript;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** For positives the least recall, for innocents the highest alert rate; NaN when there is no target. */
    public double target() {
        return target;
    }

    public boolean hasTarget() {
        return !Double.isNaN(target);
    }

    /** Innocent names: measured by their alert rate, not recall. */
    public boolean innocent() {
        return innocent;
    }

    /**
     * Queries in another script, run against the index without any original-script names, so that they can
     * only be found through transliteration (an exact copy of the list's own original-script name would prove
     * nothing).
     */
    public boolean otherScript() {
        return otherScript;
    }
}
