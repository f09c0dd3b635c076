package org.tollgate.lists.uk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.model.PartialDate;

/** How OFSI writes values inside ConList cells: numbered lists, dates with {@code 00} parts, tagged notes. */
final class ConListValues {
    private static final Pattern NUMBERED = Pattern.compile("\\(\\d{1,2}\\)");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern Y = Pattern.compile("\\d{4}");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    /** A tag of Other Information: {@code (Gender):}, {@code (IMO number):}, {@code (UK Sanctions List Ref):}. */
    private static final Pattern TAG = Pattern.compile("\\(([A-Z][A-Za-z][A-Za-z /'&-]{0,48})\\):");

    private static final Pattern TRAILING_NOTE = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$");
    private static final Pattern ISSUED_IN = Pattern.compile("(?i)issued (?:in|by) (?:the )?([^.,;(]+)");
    private static final Pattern LEADING_PHRASE =
            Pattern.compile("(?i)^(.+?)(?:[.,;(:]| number| passport| national| provisional| diplomatic| identity"
                    + "| id\\b| issued| official| service| ordinary| -|$)");

    /** A registration or tax number inside free text: upper-case letters, digits and dashes, with a digit. */
    private static final Pattern REG_NUMBER =
            Pattern.compile("(?<![\\w-])(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{4,}(?![\\w-])");

    private static final Pattern NOTE_AFTER = Pattern.compile("^\\s*\\(([^()]*)\\)");
    private static final Pattern DASH_LABEL = Pattern.compile("\\s*[-\u2013\u2014]\\s*\\p{L}");
    private static final Pattern TAX_LABEL = Pattern.compile("(?i)\\b(tin|inn|tax|taxpayer)\\b");
    private static final String LABEL_TRIM = " \t\n\r:;,./-\u2013\u2014";

    /**
     * A number found in OFSI's "Business Reg No" text.
     *
     * @param value the number
     * @param label the words OFSI gave it ("OGRN", "Tax ID No.", "Kazakhstan BIN"), or empty
     * @param note a parenthetical right after it, usually the country ("Russia"), or empty
     */
    record RegistrationNumber(String value, String label, String note) {
        /** Whether the label says it is a tax number (TIN, INN, Tax ID) rather than a registry number. */
        boolean isTax() {
            return TAX_LABEL.matcher(label).find();
        }
    }

    private ConListValues() {}

    /**
     * Finds the numbers in one item of "Business Reg No": {@code "OGRN: 1027700456024"}, {@code "1117746568829
     * (Russia). Tax ID No. 7735579027 (Russia)"}, {@code "9709056472 - Russia INN"}. Each number takes the words
     * before it as its label, or the words after it when none come before.
     */
    static List<RegistrationNumber> registrationNumbers(String item) {
        List<RegistrationNumber> out = new ArrayList<>();
        Matcher m = REG_NUMBER.matcher(item);
        int pos = 0;
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            String value = item.substring(start, end);
            String label = trimLabel(item.substring(Math.min(pos, start), start));
            String note = "";
            Matcher n = NOTE_AFTER.matcher(item.substring(end));
            int after = end;
            if (n.find()) {
                note = n.group(1).strip();
                after = end + n.end();
            }
            if (label.isEmpty()) {
                // "9709056472 - Russia INN": words after a dash name the number; words after a full stop
                // ("1117746568829 (Russia). Tax ID No. 7735579027") belong to the next number.
                int next = i + 1 < spans.size() ? spans.get(i + 1)[0] : item.length();
                String rest = item.substring(after, Math.max(after, next));
                if (DASH_LABEL.matcher(rest).lookingAt()) {
                    label = trimLabel(rest);
                }
            }
            out.add(new RegistrationNumber(value, label, note));
            pos = after;
        }
        return out;
    }

    private static String trimLabel(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && LABEL_TRIM.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && LABEL_TRIM.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b).replaceAll("\\s+", " ");
    }

    /**
     * Splits OFSI's numbered lists, {@code "(1) Germany. (2) Morocco"} into {@code [Germany, Morocco]}; text that
     * does not start with {@code (1)} is one value. Items of only a dash (OFSI's "none") are left out.
     */
    static List<String> numbered(String text) {
        return numberedKeepingEmpty(text).stream().filter(s -> !s.isEmpty()).toList();
    }

    /** Like {@link #numbered} but keeps empty items in place, so two lists can be paired by number. */
    static List<String> numberedKeepingEmpty(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        if (!t.startsWith("(1)")) {
            return List.of(tidy(t));
        }
        List<String> out = new ArrayList<>();
        Matcher m = NUMBERED.matcher(t);
        int start = -1;
        while (m.find()) {
            if (start >= 0) {
                out.add(tidy(t.substring(start, m.start())));
            }
            start = m.end();
        }
        out.add(tidy(t.substring(start)));
        return out;
    }

    private static String tidy(String item) {
        String s = item.strip();
        while (!s.isEmpty() && ".,;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.equals("-") ? "" : s;
    }

    /**
     * Reads a ConList date of birth: {@code dd/mm/yyyy} where {@code 00} marks an unknown day or month
     * ({@code 00/00/1965} is the year 1965, and so is {@code 10/00/1965}: a day without a month), {@code
     * mm/yyyy}, {@code yyyy}, or an ISO date (a date cell of the XLSX publication).
     *
     * @return the date, or empty when the text is no such date
     */
    static Optional<PartialDate> birthDate(String text) {
        String t = text.strip();
        try {
            Matcher m = DMY.matcher(t);
            if (m.matches()) {
                int d = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                // A day without a month ("10/00/1983", in OFSI's own data) says no more than the year.
                return Optional.of(new PartialDate(y, mo, mo == 0 ? 0 : d));
            }
            m = MY.matcher(t);
            if (m.matches()) {
                return Optional.of(new PartialDate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 0));
            }
            if (Y.matcher(t).matches()) {
                return Optional.of(PartialDate.ofYear(Integer.parseInt(t)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(new PartialDate(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Reads a full date, {@code dd/mm/yyyy} or ISO ({@code Listed On}, {@code Last Updated}). */
    static Optional<LocalDate> date(String text) {
        String t = text.strip();
        try {
            Matcher m = DMY.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The tagged facts of an Other Information cell, {@code "(Gender):Male (IMO number):7408873"}, by tag in
     * lower case. A value runs to the next tag; the first occurrence of a tag wins.
     */
    static Map<String, String> tags(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = TAG.matcher(text);
        String tag = null;
        int start = 0;
        while (m.find()) {
            if (tag != null) {
                out.putIfAbsent(tag, tidy(text.substring(start, m.start())));
            }
            tag = m.group(1).strip().toLowerCase(Locale.ROOT);
            start = m.end();
        }
        if (tag != null) {
            out.putIfAbsent(tag, tidy(text.substring(start)));
        }
        return out;
    }

    /**
     * Splits a trailing parenthetical note off a value: {@code "3520025509842-7 (Pakistani)"} gives the number
     * and the note. Returns {@code [value, note]}, the note empty when there is none.
     */
    static String[] valueAndNote(String text) {
        Matcher m = TRAILING_NOTE.matcher(text.strip());
        if (m.matches() && !m.group(1).isBlank()) {
            return new String[] {m.group(1).strip(), m.group(2).strip()};
        }
        return new String[] {text.strip(), ""};
    }

    /**
     * The country a passport or identity document detail names, as ISO alpha-2: "Moroccan. Issued on 28 June
     * 1995", "German provisional", "Tunisia number", "Issued in Jordan". Empty when none is recognised.
     */
    static String issuingCountry(String details) {
        return issuingCountry(details, true);
    }

    /**
     * The country a registration-number label names ("Kazakhstan BIN", "Russian TIN"), by name or demonym only:
     * in these labels short capitals are abbreviations ("BR" for business registration, "CR"), not Brazil or
     * Costa Rica.
     */
    static String labelCountry(String label) {
        return issuingCountry(label, false);
    }

    private static String issuingCountry(String details, boolean codes) {
        String d = details.strip();
        if (d.isEmpty()) {
            return "";
        }
        Matcher m = ISSUED_IN.matcher(d);
        while (m.find()) {
            Optional<String> c = countryName(m.group(1), codes);
            if (c.isPresent()) {
                return c.get();
            }
        }
        m = LEADING_PHRASE.matcher(d);
        if (m.find()) {
            Optional<String> c = countryName(m.group(1), codes);
            if (c.isPresent()) {
                return c.get();
            }
        }
        String first = d.split("[\\s.,;:()]+", 2)[0];
        return countryName(first, codes).orElse("");
    }

    /** A country by name, demonym or (when {@code codes}) code such as "UK" or "CAR". */
    private static Optional<String> countryName(String text, boolean codes) {
        String t = text.strip();
        if (!codes && t.length() <= 3 && t.equals(t.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return countryOf(t);
    }

    /** A country name, code or demonym as alpha-2, trying the text without a trailing parenthetical too. */
    static Optional<String> countryOf(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> c = Countries.alpha2(t);
        if (c.isEmpty()) {
            String[] vn = valueAndNote(t);
            if (!vn[1].isEmpty()) {
                c = Countries.alpha2(vn[0]);
            }
        }
        return c;
    }

    /** ISO 639-1 codes by English language name, for the Non-Latin Script Language column. */
    private static final Map<String, String> LANGUAGES = languages();

    private static Map<String, String> languages() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : Locale.getISOLanguages()) {
            String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                out.putIfAbsent(name, code);
            }
        }
        out.put("farsi", "fa");
        return out;
    }

    /** The ISO 639-1 code of a language as OFSI names it ("Russian", "Persian/Farsi"), or empty. */
    static String languageCode(String language) {
        for (String part : language.split("[/,;]")) {
            String code = LANGUAGES.get(part.strip().toLowerCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        return "";
    }
}
