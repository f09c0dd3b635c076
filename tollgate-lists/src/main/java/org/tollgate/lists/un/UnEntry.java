package org.tollgate.lists.un;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Gender;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.Problems;
import org.tollgate.lists.parse.XmlElement;

/**
 * One UN list entry being assembled from its INDIVIDUAL or ENTITY element (or, should the UN ever repeat a
 * reference number, from several: they are merged rather than dropped).
 */
final class UnEntry {
    /** {@code 2001-01-25} or, as ten entries of the real list have it, {@code 2001-01-25-05:00}. */
    private static final Pattern XS_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?");

    /**
     * The regime of a reference number's prefix ({@code QDi.001} is Al-Qaida), for entries whose UN_LIST_TYPE
     * is missing. The names are those UN_LIST_TYPE itself uses.
     */
    private static final Map<String, String> REGIME_BY_PREFIX = Map.ofEntries(
            Map.entry("QD", "Al-Qaida"),
            Map.entry("TA", "Taliban"),
            Map.entry("KP", "DPRK"),
            Map.entry("IR", "Iran"),
            Map.entry("IQ", "Iraq"),
            Map.entry("CD", "DRC"),
            Map.entry("LY", "Libya"),
            Map.entry("SO", "Somalia"),
            Map.entry("CF", "CAR"),
            Map.entry("HT", "Haiti"),
            Map.entry("YE", "Yemen"),
            Map.entry("GB", "GB"),
            Map.entry("SD", "Sudan"),
            Map.entry("SS", "SouthSudan"),
            Map.entry("ML", "Mali"));

    private final Entity.Builder builder;
    private final Set<String> remarks = new LinkedHashSet<>();
    private final String file;
    private String primary;
    private LocalDate listedOn;

    UnEntry(String source, String reference, boolean person, String file) {
        this.builder = Entity.builder(source, reference).type(person ? EntityType.PERSON : EntityType.ORGANIZATION);
        this.file = file;
    }

    /** The primary name an element gives: FIRST_NAME to FOURTH_NAME joined, or empty. */
    static String primaryName(XmlElement e) {
        List<String> parts = new ArrayList<>();
        for (String tag : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String part = e.text(tag);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    /**
     * Adds what one element says.
     *
     * @param e the INDIVIDUAL or ENTITY element, which has a reference number and a name
     * @param where its location for problem reports
     */
    void add(XmlElement e, String where, Problems problems) throws ListParseException {
        names(e);
        String regime = e.text("UN_LIST_TYPE");
        if (regime.isEmpty()) {
            String ref = builder.sourceRef();
            regime = REGIME_BY_PREFIX.getOrDefault(
                    ref.length() >= 2 ? ref.substring(0, 2).toUpperCase(Locale.ROOT) : "", "");
        }
        builder.program(regime);
        String listed = e.text("LISTED_ON");
        if (!listed.isEmpty()) {
            Optional<LocalDate> date = xsDate(listed);
            if (date.isPresent()) {
                if (listedOn == null) {
                    listedOn = date.get();
                    builder.listedOn(listedOn);
                }
            } else {
                problems.report(file, where + ", LISTED_ON", "not a date: '" + listed + "'");
            }
        }
        Gender gender = Gender.parse(e.text("GENDER"));
        if (gender != Gender.UNKNOWN) {
            builder.gender(gender);
        }
        for (String title : e.values("TITLE", "VALUE")) {
            remarks.add("Title: " + title);
        }
        for (String designation : e.values("DESIGNATION", "VALUE")) {
            remarks.add("Designation: " + designation);
        }
        for (String nationality : e.values("NATIONALITY", "VALUE")) {
            country(nationality).ifPresentOrElse(builder::nationality, () -> {
                if (!isNotAvailable(nationality)) {
                    builder.nationality(nationality);
                }
            });
        }
        for (XmlElement dob : e.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            birthDate(dob, where, problems);
        }
        for (XmlElement pob : e.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
            builder.placeOfBirth(join(pob, "STREET", "CITY", "STATE_PROVINCE", "COUNTRY"));
            note(pob, "Place of birth " + join(pob, "CITY", "STATE_PROVINCE", "COUNTRY"));
        }
        for (XmlElement doc : e.all("INDIVIDUAL_DOCUMENT")) {
            document(doc);
        }
        for (String tag : List.of("INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS")) {
            for (XmlElement a : e.all(tag)) {
                address(a);
            }
        }
        remarks.add(e.text("COMMENTS1"));
    }

    private void names(XmlElement e) {
        String name = primaryName(e);
        if (primary == null) {
            primary = name;
            builder.name(name, NameKind.PRIMARY);
        } else if (!primary.equals(name)) {
            builder.name(name, NameKind.STRONG_ALIAS);
        }
        builder.name(e.text("NAME_ORIGINAL_SCRIPT"), NameKind.ORIGINAL_SCRIPT);
        for (String tag : List.of("INDIVIDUAL_ALIAS", "ENTITY_ALIAS")) {
            for (XmlElement alias : e.all(tag)) {
                String value = alias.text("ALIAS_NAME");
                if (value.isEmpty()) {
                    // the UN writes an empty alias element for entries that have none
                    continue;
                }
                builder.name(new Name(value, aliasKind(alias.text("QUALITY"))));
                note(alias, "Alias " + value);
                String dob = alias.text("DATE_OF_BIRTH");
                PartialDate.parse(dob).map(BirthDate::of).ifPresent(builder::birthDate);
                String place = join(alias, "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH");
                builder.placeOfBirth(place);
            }
        }
    }

    /** Good and a.k.a. aliases are strong, Low ones weak, f.k.a. ones former names. */
    static NameKind aliasKind(String quality) {
        String q = quality.strip().toLowerCase(Locale.ROOT);
        return switch (q) {
            case "low" -> NameKind.WEAK_ALIAS;
            case "f.k.a.", "fka" -> NameKind.FORMER_NAME;
            // "good", "a.k.a." and anything new: a name the UN lists counts fully until we know better
            default -> NameKind.STRONG_ALIAS;
        };
    }

    private void birthDate(XmlElement dob, String where, Problems problems) throws ListParseException {
        String type = dob.text("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
        String note = dob.text("NOTE");
        boolean approximateNote = note.toLowerCase(Locale.ROOT).startsWith("approx");
        boolean circa = type.equals("APPROXIMATELY") || approximateNote;
        boolean noteUsed = approximateNote;
        String date = dob.text("DATE");
        String year = dob.text("YEAR");
        String from = dob.text("FROM_YEAR");
        String to = dob.text("TO_YEAR");
        String at = where + ", INDIVIDUAL_DATE_OF_BIRTH (line " + dob.line() + ")";
        try {
            if (!from.isEmpty() || !to.isEmpty()) {
                Optional<PartialDate> f = year(from);
                Optional<PartialDate> t = year(to);
                if (f.isEmpty() || t.isEmpty()) {
                    problems.report(file, at, "not a range of years: FROM_YEAR '" + from + "', TO_YEAR '" + to + "'");
                    return;
                }
                builder.birthDate(new BirthDate(f.get(), t.get(), circa));
            } else if (!date.isEmpty()) {
                Optional<PartialDate> d = PartialDate.parse(date);
                if (d.isEmpty()) {
                    problems.report(file, at, "DATE is not a date: '" + date + "'");
                    return;
                }
                builder.birthDate(new BirthDate(d.get(), d.get(), circa));
            } else if (!year.isEmpty()) {
                Optional<PartialDate> y = year(year);
                if (y.isEmpty()) {
                    problems.report(file, at, "YEAR is not a year: '" + year + "'");
                    return;
                }
                // A note such as "Sep." narrows the year to a month: keep the finer date when it reads as one.
                Optional<PartialDate> narrowed = note.isEmpty() || noteUsed
                        ? Optional.empty()
                        : PartialDate.parse(note + " " + year)
                                .filter(p -> p.year() == y.get().year());
                noteUsed |= narrowed.isPresent();
                PartialDate d = narrowed.orElse(y.get());
                builder.birthDate(new BirthDate(d, d, circa));
            } else if (!note.isEmpty()) {
                // Some entries give the date only in words ("August 1961"); others a phrase no date can honestly
                // be taken from ("30-35 years old", a Hijri date), which is kept as a remark instead.
                Optional<PartialDate> d = PartialDate.parse(note);
                if (d.isPresent()) {
                    builder.birthDate(new BirthDate(d.get(), d.get(), circa));
                    noteUsed = true;
                } else {
                    remarks.add("Date of birth: " + note);
                    return;
                }
            }
        } catch (IllegalArgumentException ex) {
            problems.report(file, at, ex.getMessage());
            return;
        }
        if (!note.isEmpty() && !noteUsed) {
            remarks.add("Date of birth note: " + note);
        }
    }

    private static Optional<PartialDate> year(String text) {
        if (text.matches("\\d{4}")) {
            int y = Integer.parseInt(text);
            if (y >= 1) {
                return Optional.of(PartialDate.ofYear(y));
            }
        }
        return Optional.empty();
    }

    private void document(XmlElement doc) {
        String kind = doc.text("TYPE_OF_DOCUMENT");
        String kind2 = doc.text("TYPE_OF_DOCUMENT2");
        String label = kind2.isEmpty() ? kind : kind.isEmpty() ? kind2 : kind + " (" + kind2 + ")";
        String number = doc.text("NUMBER");
        String countryText = doc.text("ISSUING_COUNTRY");
        if (countryText.isEmpty()) {
            countryText = doc.text("COUNTRY_OF_ISSUE");
        }
        String note = doc.text("NOTE");
        if (number.isEmpty()) {
            // The number is sometimes only in the note ("Italian Fiscal Code: DAOMMD74T11Z352Z"): keep it readable
            // rather than guess which word is the number.
            if (!note.isEmpty()) {
                remarks.add(label.isEmpty() ? note : label + ": " + note);
            }
            return;
        }
        IdentifierType type = documentType(kind2);
        if (type == IdentifierType.OTHER) {
            type = documentType(kind);
        }
        builder.identifier(
                new Identifier(type, number, country(countryText).orElse(""), label.replaceAll("\\s+", " ")));
        List<String> details = new ArrayList<>();
        if (!doc.text("DATE_OF_ISSUE").isEmpty()) {
            details.add("issued " + doc.text("DATE_OF_ISSUE"));
        }
        if (!doc.text("CITY_OF_ISSUE").isEmpty()) {
            details.add("in " + doc.text("CITY_OF_ISSUE"));
        }
        if (!note.isEmpty()) {
            details.add(note);
        }
        if (!details.isEmpty()) {
            remarks.add(label + " " + number + ": " + String.join(", ", details));
        }
    }

    /** Classifies a document label, including the French and Spanish labels the UN list carries. */
    static IdentifierType documentType(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("passeport") || l.contains("pasaporte")) {
            return IdentifierType.PASSPORT;
        }
        return IdentifierType.classify(l.replaceAll("\\s+", " "));
    }

    private void address(XmlElement a) {
        String countryText = a.text("COUNTRY");
        Address address = new Address(
                List.of(a.text("STREET")),
                a.text("CITY"),
                a.text("STATE_PROVINCE"),
                a.text("ZIP_CODE"),
                country(countryText).orElse(""),
                countryText);
        if (!address.isEmpty()) {
            builder.address(address);
        }
        note(a, "Address " + address.fullText());
    }

    private void note(XmlElement e, String about) {
        String note = e.text("NOTE");
        if (!note.isEmpty()) {
            remarks.add(about.strip() + ": " + note);
        }
    }

    private static String join(XmlElement e, String... tags) {
        List<String> parts = new ArrayList<>();
        for (String tag : tags) {
            String v = e.text(tag);
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * The alpha-2 code of a country as the UN writes it (always a name). Two-letter text is not taken for a code:
     * the list writes "na" for "not available", which would otherwise read as Namibia.
     */
    static Optional<String> country(String text) {
        String t = text.strip();
        if (t.length() <= 2) {
            return Optional.empty();
        }
        return Countries.alpha2(t);
    }

    private static boolean isNotAvailable(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("na") || t.equals("n/a") || t.isEmpty();
    }

    static Optional<LocalDate> xsDate(String text) {
        Matcher m = XS_DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    Entity build() {
        for (String remark : remarks) {
            builder.remark(remark);
        }
        return builder.build();
    }
}
