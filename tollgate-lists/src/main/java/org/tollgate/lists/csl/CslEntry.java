package org.tollgate.lists.csl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.csl.CslRecord.CslId;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Gender;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.Problems;

/**
 * One CSL entity being assembled from its record, or from several records of the same list with the same id
 * (the CSL repeats a few records verbatim; they are merged, not reported).
 *
 * <h2>Type</h2>
 *
 * The CSL states a type only for the Treasury lists. For a record without one: dates or places of birth,
 * nationalities, citizenships or a gender make it a person; vessel fields (call sign, vessel type, flag, owner,
 * tonnage) a vessel; on the Denied Persons and ITAR Debarred lists, which are mostly people, a name without
 * the marks of an organisation (see {@link OrganizationNames}) a person; anything else an organisation, which
 * is what the rest of the untyped lists (Entity List, Unverified List, MEU List, ISN) almost all are.
 */
final class CslEntry {
    /**
     * Labels in {@code ids} that OFAC uses for facts about an entry rather than for a number: they become the
     * gender or a remark, never an identifier.
     */
    private static final Set<String> FACT_LABELS = Set.of(
            "gender",
            "aircraft model",
            "aircraft operator",
            "target type",
            "issuer name",
            "former vessel flag",
            "other vessel flag",
            "other vessel type",
            "vessel type",
            "vessel flag",
            "vessel owner",
            "nationality of registration",
            "registration country",
            "vessel year of build",
            "organization type");

    private static final String KOSOVO = "XK";

    private static final Pattern LINKED_TO = Pattern.compile("\\(Linked To: ([^)]+)\\)");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s+to\\s+(.+)", Pattern.CASE_INSENSITIVE);

    private final Entity.Builder builder;
    private final Set<String> remarks = new LinkedHashSet<>();
    private final String file;
    private final String subList;
    private String primary;
    private boolean typed;
    private LocalDate listedOn;

    CslEntry(String source, String subList, String id, String file) {
        this.builder = Entity.builder(source, sourceRef(subList, id)).subList(subList);
        this.subList = subList;
        this.file = file;
    }

    /**
     * The source reference of a record: its list's code and its CSL id, e.g. {@code SDN/21944} or
     * {@code EL/4a5f...}. The id alone is not unique: the CSL gives an OFAC entry on several Treasury lists
     * (SDN, SSI, CAPTA) the same id, OFAC's entity number, once per list.
     */
    static String sourceRef(String subList, String id) {
        return subList + "/" + id.strip();
    }

    void add(CslRecord r, String where, Problems problems) throws ListParseException {
        if (primary == null) {
            primary = r.name().strip();
            builder.name(primary, NameKind.PRIMARY);
        } else if (!primary.equals(r.name().strip())) {
            builder.name(r.name(), NameKind.STRONG_ALIAS);
        }
        for (String alt : r.altNames()) {
            builder.name(alt, NameKind.STRONG_ALIAS);
        }
        if (!typed) {
            builder.type(typeOf(r));
            typed = true;
        }
        r.programs().forEach(builder::program);
        r.addresses().forEach(a -> {
            if (!a.isEmpty()) {
                builder.address(a);
            }
        });
        for (CslId id : r.ids()) {
            identifier(id);
        }
        for (String dob : r.datesOfBirth()) {
            Optional<BirthDate> date = birthDate(dob);
            if (date.isPresent()) {
                builder.birthDate(date.get());
            } else {
                problems.report(file, where + ", field dates_of_birth", "not a date of birth: '" + dob + "'");
            }
        }
        r.placesOfBirth().forEach(builder::placeOfBirth);
        r.nationalities().forEach(n -> builder.nationality(country(n).orElse(n)));
        r.citizenships().forEach(c -> builder.citizenship(country(c).orElse(c)));
        details(r, where, problems);
    }

    private void details(CslRecord r, String where, Problems problems) throws ListParseException {
        remark("Title", r.detail("title"));
        String text = r.detail("remarks");
        remarks.add(text);
        Matcher linked = LINKED_TO.matcher(text);
        while (linked.find()) {
            builder.link(new Link(LinkKind.LINKED_TO, linked.group(1), "Linked To"));
        }
        remark("Federal Register notice", r.detail("federal_register_notice"));
        String start = r.detail("start_date");
        if (!start.isEmpty()) {
            Optional<LocalDate> d = isoDate(start);
            if (d.isEmpty()) {
                problems.report(file, where + ", field start_date", "not a date: '" + start + "'");
            } else if (listedOn == null) {
                listedOn = d.get();
                builder.listedOn(listedOn);
            }
        }
        String end = r.detail("end_date");
        if (!end.isEmpty()) {
            if (isoDate(end).isEmpty()) {
                problems.report(file, where + ", field end_date", "not a date: '" + end + "'");
            }
            remark("End date", end);
        }
        remark("Standard order", r.detail("standard_order"));
        remark("License requirement", r.detail("license_requirement"));
        remark("License policy", r.detail("license_policy"));
        String callSign = r.detail("call_sign");
        if (!callSign.isEmpty()) {
            builder.identifier(new Identifier(IdentifierType.CALL_SIGN, callSign, "", "Call sign"));
        }
        remark("Vessel type", r.detail("vessel_type"));
        remark("Gross tonnage", r.detail("gross_tonnage"));
        remark("Gross registered tonnage", r.detail("gross_registered_tonnage"));
        remark("Vessel flag", r.detail("vessel_flag"));
        remark("Vessel owner", r.detail("vessel_owner"));
    }

    private EntityType typeOf(CslRecord r) {
        if (!r.type().isBlank()) {
            Optional<EntityType> stated = EntityType.parse(r.type());
            if (stated.isPresent()) {
                return stated.get();
            }
            // a type the CSL did not have before: fall through to the hints rather than guess from the word
        }
        boolean gender = r.ids().stream().anyMatch(i -> i.label().equalsIgnoreCase("gender"));
        if (!r.datesOfBirth().isEmpty()
                || !r.placesOfBirth().isEmpty()
                || !r.nationalities().isEmpty()
                || !r.citizenships().isEmpty()
                || gender) {
            return EntityType.PERSON;
        }
        for (String field : new String[] {
            "call_sign", "vessel_type", "vessel_flag", "vessel_owner", "gross_tonnage", "gross_registered_tonnage"
        }) {
            if (!r.detail(field).isEmpty()) {
                return EntityType.VESSEL;
            }
        }
        if ((subList.equals("DPL") || subList.equals("DTC")) && !OrganizationNames.looksLikeOrganization(r.name())) {
            return EntityType.PERSON;
        }
        return EntityType.ORGANIZATION;
    }

    private void identifier(CslId id) {
        String label = id.label().strip();
        String value = id.value().strip();
        if (value.isEmpty()) {
            return;
        }
        if (label.equalsIgnoreCase("gender")) {
            Gender g = Gender.parse(value);
            if (g != Gender.UNKNOWN) {
                builder.gender(g);
                return;
            }
        }
        if (label.isEmpty() || isFact(label)) {
            remarks.add(label.isEmpty() ? value : trimLabel(label) + ": " + value);
            return;
        }
        builder.identifier(new Identifier(
                identifierType(label), value, country(id.country()).orElse(""), label));
    }

    /** Whether an {@code ids} label names a fact ("Secondary sanctions risk:", "Listing Date (CMIC)"). */
    static boolean isFact(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return l.endsWith(":")
                || l.endsWith("-")
                || l.contains("date")
                || l.endsWith("information")
                || FACT_LABELS.contains(l);
    }

    /** The type of an identifier label, with the aircraft labels {@link IdentifierType#classify} reads too widely. */
    static IdentifierType identifierType(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("construction number")) {
            return IdentifierType.AIRCRAFT_SERIAL;
        }
        if (l.contains("transponder")) {
            return IdentifierType.OTHER;
        }
        return IdentifierType.classify(label);
    }

    private static String trimLabel(String label) {
        String l = label.strip();
        while (l.endsWith(":") || l.endsWith("-")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        return l;
    }

    /** Reads {@code 1970-05-01}, {@code 1970}, {@code circa 1970} and {@code 1968 to 1970}. */
    static Optional<BirthDate> birthDate(String text) {
        String t = text.strip();
        boolean circa = false;
        if (t.toLowerCase(Locale.ROOT).startsWith("circa ")) {
            circa = true;
            t = t.substring(6).strip();
        }
        Matcher range = RANGE.matcher(t);
        try {
            if (range.matches()) {
                Optional<PartialDate> from = PartialDate.parse(range.group(1));
                Optional<PartialDate> to = PartialDate.parse(range.group(2));
                if (from.isPresent() && to.isPresent()) {
                    return Optional.of(new BirthDate(from.get(), to.get(), circa));
                }
                return Optional.empty();
            }
            boolean approximate = circa;
            return PartialDate.parse(t).map(d -> new BirthDate(d, d, approximate));
        } catch (IllegalArgumentException e) {
            // a range that ends before it starts
            return Optional.empty();
        }
    }

    static Optional<LocalDate> isoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The alpha-2 code of a country code or name; the CSL mostly writes codes. {@code XK}, the code OFAC and
     * the EU use for Kosovo, is kept although ISO has not assigned it.
     */
    static Optional<String> country(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            // most ids have no country; skip the name look-up, which normalises the text with regular expressions
            return Optional.empty();
        }
        if (t.equals(KOSOVO)) {
            return Optional.of(KOSOVO);
        }
        return Countries.alpha2(t);
    }

    private void remark(String label, String value) {
        if (!value.isEmpty()) {
            remarks.add(label + ": " + value);
        }
    }

    Entity build() {
        for (String remark : remarks) {
            builder.remark(remark);
        }
        return builder.build();
    }
}
