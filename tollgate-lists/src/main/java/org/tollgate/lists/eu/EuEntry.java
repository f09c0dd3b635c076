package org.tollgate.lists.eu;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 * One EU sanctions entry being assembled from its {@code sanctionEntity} element (or from several sharing a
 * logicalId, which are merged rather than dropped).
 */
final class EuEntry {
    /** The EU writes this for "country unknown". */
    private static final String UNKNOWN_COUNTRY = "00";

    private final String file;
    private final List<Name> names = new ArrayList<>();
    private final Set<String> remarks = new LinkedHashSet<>();
    private EntityType type;
    private LocalDate designated;
    private LocalDate earliestRegulation;
    private final Entity.Builder parts;

    EuEntry(String source, String logicalId, String file) {
        this.file = file;
        // collects everything but names, type and listing date, which are decided once all elements are in
        this.parts = Entity.builder(source, logicalId);
    }

    /** The names an element gives, in the list's order, strong ones as strong aliases for now. */
    static List<Name> names(XmlElement e) {
        List<Name> out = new ArrayList<>();
        for (XmlElement alias : e.all("nameAlias")) {
            String whole = alias.attr("wholeName");
            if (whole.isEmpty()) {
                whole = String.join(
                        " ", nonEmpty(alias.attr("firstName"), alias.attr("middleName"), alias.attr("lastName")));
            }
            if (whole.isBlank()) {
                continue;
            }
            boolean weak = alias.attr("strong").equalsIgnoreCase("false");
            out.add(new Name(
                    whole,
                    weak ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS,
                    alias.attr("nameLanguage").toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * Adds what one sanctionEntity element says.
     *
     * @param where its location for problem reports
     */
    void add(XmlElement e, String where, Problems problems) throws ListParseException {
        names.addAll(names(e));
        if (type == null) {
            type = typeOf(e);
        }
        String designation = e.attr("designationDate");
        if (!designation.isEmpty()) {
            Optional<LocalDate> d = date(designation);
            if (d.isPresent()) {
                designated = designated == null ? d.get() : designated;
            } else {
                problems.report(file, where + ", designationDate", "not a date: '" + designation + "'");
            }
        }
        for (XmlElement any : e.descendants()) {
            if (any.name().equals("regulation") || any.name().equals("regulationSummary")) {
                date(any.attr("publicationDate")).ifPresent(d -> {
                    if (earliestRegulation == null || d.isBefore(earliestRegulation)) {
                        earliestRegulation = d;
                    }
                });
            }
        }
        for (XmlElement regulation : e.all("regulation")) {
            parts.program(regulation.attr("programme"));
        }
        remark("EU reference number", e.attr("euReferenceNumber"));
        remark("UN reference number", e.attr("unitedNationId"));
        remark("Designation details", e.attr("designationDetails"));
        remarks.addAll(e.texts("remark"));
        for (XmlElement alias : e.all("nameAlias")) {
            Gender g = Gender.parse(alias.attr("gender"));
            if (g != Gender.UNKNOWN) {
                parts.gender(g);
            }
            remark("Title", alias.attr("title"));
            remark("Function", alias.attr("function"));
            remarks.addAll(alias.texts("remark"));
        }
        for (XmlElement c : e.all("citizenship")) {
            country(c).ifPresent(parts::citizenship);
            remarks.addAll(c.texts("remark"));
        }
        for (XmlElement b : e.all("birthdate")) {
            birthDate(b, where, problems);
            remarks.addAll(b.texts("remark"));
        }
        for (XmlElement id : e.all("identification")) {
            identification(id);
        }
        for (XmlElement a : e.all("address")) {
            address(a);
        }
    }

    private static EntityType typeOf(XmlElement e) {
        for (XmlElement subject : e.all("subjectType")) {
            String code = subject.attr("code").toLowerCase(Locale.ROOT);
            if (code.equals("person") || subject.attr("classificationCode").equals("P")) {
                return EntityType.PERSON;
            }
            if (code.equals("enterprise") || subject.attr("classificationCode").equals("E")) {
                return EntityType.ORGANIZATION;
            }
            Optional<EntityType> other = EntityType.parse(code);
            if (other.isPresent()) {
                return other.get();
            }
        }
        return EntityType.OTHER;
    }

    private void birthDate(XmlElement b, String where, Problems problems) throws ListParseException {
        String at = where + ", birthdate (line " + b.line() + ", logicalId " + b.attr("logicalId") + ")";
        boolean circa = b.attr("circa").equalsIgnoreCase("true");
        try {
            Optional<BirthDate> date = Optional.empty();
            String full = b.attr("birthdate");
            String from = b.attr("yearRangeFrom");
            String to = b.attr("yearRangeTo");
            if (!full.isEmpty()) {
                Optional<PartialDate> d = PartialDate.parse(full);
                if (d.isEmpty()) {
                    problems.report(file, at, "birthdate is not a date: '" + full + "'");
                } else {
                    date = Optional.of(new BirthDate(d.get(), d.get(), circa));
                }
            } else if (!b.attr("year").isEmpty()) {
                PartialDate d = new PartialDate(
                        number(b.attr("year")), number(b.attr("monthOfYear")), number(b.attr("dayOfMonth")));
                date = Optional.of(new BirthDate(d, d, circa));
            } else if (!from.isEmpty() && !to.isEmpty()) {
                date = Optional.of(
                        new BirthDate(PartialDate.ofYear(number(from)), PartialDate.ofYear(number(to)), circa));
            }
            date.ifPresent(parts::birthDate);
        } catch (IllegalArgumentException ex) {
            // a NumberFormatException is one too: "year" that is not a number
            problems.report(
                    file,
                    at,
                    "not a valid date: year '" + b.attr("year") + "', month '" + b.attr("monthOfYear") + "', day '"
                            + b.attr("dayOfMonth") + "' (" + ex.getMessage() + ")");
        }
        String city = b.attr("city").equals("-") ? "" : b.attr("city");
        String countryName = country(b).map(Countries::name).orElse("");
        List<String> place = nonEmpty(b.attr("place"), city, b.attr("region"), countryName);
        if (!place.isEmpty()) {
            parts.placeOfBirth(String.join(", ", place));
        }
    }

    private static int number(String text) {
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    private void identification(XmlElement id) {
        String number = id.attr("number");
        if (number.isEmpty()) {
            number = id.attr("latinNumber");
        }
        String code = id.attr("identificationTypeCode");
        String description = id.attr("identificationTypeDescription");
        String label = description.isEmpty() ? code : description;
        remarks.addAll(id.texts("remark"));
        if (number.isEmpty()) {
            return;
        }
        IdentifierType type = switch (code.toLowerCase(Locale.ROOT)) {
            case "passport" -> IdentifierType.PASSPORT;
            case "id" -> IdentifierType.NATIONAL_ID;
            case "ssn" -> IdentifierType.SOCIAL_SECURITY_NUMBER;
            case "tax", "fiscalcode" -> IdentifierType.TAX_ID;
            case "regnumber" -> IdentifierType.REGISTRATION_NUMBER;
            case "imo" -> IdentifierType.IMO_NUMBER;
            case "swiftbic" -> IdentifierType.SWIFT_BIC;
            default -> {
                IdentifierType t = IdentifierType.classify(description);
                yield t == IdentifierType.OTHER ? IdentifierType.classify(code) : t;
            }
        };
        parts.identifier(new Identifier(type, number, country(id).orElse(""), label));
        List<String> flags = new ArrayList<>();
        if (id.attr("knownFalse").equalsIgnoreCase("true")) {
            flags.add("known to be false");
        }
        if (id.attr("knownExpired").equalsIgnoreCase("true")) {
            flags.add("known to be expired");
        }
        if (id.attr("reportedLost").equalsIgnoreCase("true")) {
            flags.add("reported lost");
        }
        if (id.attr("revokedByIssuer").equalsIgnoreCase("true")) {
            flags.add("revoked by the issuer");
        }
        if (id.attr("diplomatic").equalsIgnoreCase("true")) {
            flags.add("diplomatic");
        }
        if (!id.attr("nameOnDocument").isEmpty()) {
            flags.add("name on document: " + id.attr("nameOnDocument"));
        }
        if (!id.attr("issuedBy").isEmpty()) {
            flags.add("issued by " + id.attr("issuedBy"));
        }
        if (!flags.isEmpty()) {
            remarks.add(label + " " + number + ": " + String.join(", ", flags));
        }
    }

    private void address(XmlElement a) {
        List<String> lines = new ArrayList<>(nonEmpty(a.attr("street"), a.attr("place")));
        if (!a.attr("poBox").isEmpty()) {
            lines.add("P.O. Box " + a.attr("poBox"));
        }
        String countryText = a.attr("countryDescription");
        if (countryText.equalsIgnoreCase("UNKNOWN")) {
            countryText = "";
        }
        Address address = new Address(
                lines,
                a.attr("city"),
                a.attr("region"),
                a.attr("zipCode"),
                country(a).orElse(""),
                countryText);
        if (!address.isEmpty()) {
            parts.address(address);
        }
        remarks.addAll(a.texts("remark"));
    }

    /** The ISO code of an element's countryIso2Code, or of its countryDescription when the code is missing. */
    private static Optional<String> country(XmlElement e) {
        String code = e.attr("countryIso2Code").toUpperCase(Locale.ROOT);
        if (Countries.isAlpha2(code)) {
            return Optional.of(code);
        }
        if (code.isEmpty() || code.equals(UNKNOWN_COUNTRY)) {
            String description = e.attr("countryDescription");
            return description.isEmpty() || description.equalsIgnoreCase("UNKNOWN")
                    ? Optional.empty()
                    : Countries.alpha2(description);
        }
        return Optional.empty();
    }

    private void remark(String label, String value) {
        if (!value.isEmpty()) {
            remarks.add(label + ": " + value);
        }
    }

    private static List<String> nonEmpty(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    static Optional<LocalDate> date(String text) {
        if (text.length() < 10) {
            return Optional.empty();
        }
        try {
            // "2020-04-15T15:29:22.497+02:00" and "2008-07-03" alike: the day is the first ten characters
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Builds the entity: the first strong name is the primary name (the first name of all when every name is
     * weak); the listing date is the designation date, else the earliest publication date of a regulation that
     * names the entry.
     */
    Entity build() {
        Entity.Builder b = parts.type(type == null ? EntityType.OTHER : type);
        Name primary = names.stream()
                .filter(n -> n.kind() == NameKind.STRONG_ALIAS)
                .findFirst()
                .orElse(names.get(0));
        b.name(new Name(primary.value(), NameKind.PRIMARY, primary.language()));
        for (Name n : names) {
            if (n != primary) {
                b.name(n);
            }
        }
        b.listedOn(designated != null ? designated : earliestRegulation);
        for (String remark : remarks) {
            b.remark(remark);
        }
        return b.build();
    }
}
