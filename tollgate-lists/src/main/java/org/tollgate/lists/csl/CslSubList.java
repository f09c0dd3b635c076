package org.tollgate.lists.csl;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short codes of the lists the Consolidated Screening List merges. The CSL names each record's list in
 * full ("Entity List (EL) - Bureau of Industry and Security"); the code in brackets is what analysts and the
 * agencies use.
 */
final class CslSubList {
    /** The codes the CSL carries today. A list not among them is kept under its full name. */
    static final Set<String> CODES =
            Set.of("EL", "DPL", "UVL", "MEU", "SDN", "SSI", "DTC", "ISN", "FSE", "PLC", "CAP", "CMIC", "NS-MBS");

    /** Codes written differently in some places: the API's source parameter says MBS for the NS-MBS List. */
    private static final Map<String, String> ALIASES = Map.of("MBS", "NS-MBS", "NS-MBS LIST", "NS-MBS");

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]+)\\)");

    private CslSubList() {}

    /**
     * The short code of a list as the CSL names it, e.g. {@code EL} for "Entity List (EL) - Bureau of Industry
     * and Security"; a name with no known code is returned as written (trimmed).
     */
    static String code(String source) {
        String s = source == null ? "" : source.strip();
        String known = known(s);
        if (known != null) {
            return known;
        }
        Matcher m = BRACKETED.matcher(s);
        while (m.find()) {
            known = known(m.group(1));
            if (known != null) {
                return known;
            }
        }
        return s;
    }

    private static String known(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (CODES.contains(t)) {
            return t;
        }
        return ALIASES.get(t);
    }
}
