package org.tollgate.lists.uk;

import static org.tollgate.lists.uk.ConListColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tollgate.lists.model.Address;
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
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListMetadata;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;

/**
 * Turns the rows of a ConList publication, CSV or XLSX alike, into entities: it finds the "Last Updated" line
 * and the header, then merges the name rows of each Group ID into one entity.
 */
final class ConListAssembler {
    /** The header must come within the first rows; a file without one within them is not a ConList. */
    private static final int MAX_PREAMBLE_ROWS = 20;

    private final String file;
    private final String source;
    private final Problems problems;
    private final boolean checkWidth;
    private final Map<String, ConListTarget> targets = new LinkedHashMap<>();
    private EnumMap<ConListColumn, Integer> columns;
    private int headerWidth;
    private int preambleRows;
    private LocalDate publishedAt;
    private int records;

    /**
     * @param file the file name for problems
     * @param source the source id of the entities
     * @param problems where problems go
     * @param checkWidth whether a row with more or fewer fields than the header is malformed (CSV: a sign of
     *     broken quoting) rather than merely short (XLSX leaves empty trailing cells out)
     */
    ConListAssembler(String file, String source, Problems problems, boolean checkWidth) {
        this.file = file;
        this.source = source;
        this.problems = problems;
        this.checkWidth = checkWidth;
    }

    /**
     * Takes the next row of the file.
     *
     * @param location where the row is ("line 12", "row 12")
     * @param cells its cells
     * @throws ListParseException in strict mode at a problem, or when no header is found in time
     */
    void row(String location, List<String> cells) throws ListParseException {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (columns == null) {
            preamble(location, cells);
            return;
        }
        records++;
        if (checkWidth && cells.size() != headerWidth) {
            problems.report(
                    file,
                    location,
                    "the row has " + cells.size() + " fields but the header has " + headerWidth
                            + " (broken quoting?); row skipped");
            return;
        }
        data(location, cells);
    }

    private void preamble(String location, List<String> cells) throws ListParseException {
        EnumMap<ConListColumn, Integer> found = new EnumMap<>(ConListColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            for (ConListColumn c : ConListColumn.values()) {
                if (!found.containsKey(c) && c.matches(cells.get(i))) {
                    found.put(c, i);
                    break;
                }
            }
        }
        if (found.containsKey(GROUP_ID)) {
            List<String> missing = new ArrayList<>();
            for (ConListColumn c : REQUIRED) {
                if (!found.containsKey(c)) {
                    missing.add("'" + c.header() + "'");
                }
            }
            if (!missing.isEmpty()) {
                throw new ListParseException(
                        file + ": " + location + ": the header lacks the column(s) " + String.join(", ", missing));
            }
            columns = found;
            headerWidth = cells.size();
            return;
        }
        if (LAST_UPDATED.matches(cells.get(0)) && cells.size() > 1) {
            Optional<LocalDate> d = ConListValues.date(cells.get(1));
            if (d.isPresent()) {
                publishedAt = d.get();
            } else {
                problems.report(file, location, "'Last Updated' date '" + cells.get(1) + "' is not a dd/mm/yyyy date");
            }
        }
        if (++preambleRows >= MAX_PREAMBLE_ROWS) {
            throw new ListParseException(file + ": no ConList header (a row with 'Name 6', 'Group Type' and "
                    + "'Group ID') in the first " + MAX_PREAMBLE_ROWS + " rows");
        }
    }

    private String get(List<String> cells, ConListColumn c) {
        Integer i = columns.get(c);
        if (i == null || i >= cells.size()) {
            return "";
        }
        return cells.get(i).strip();
    }

    private void data(String location, List<String> cells) throws ListParseException {
        String groupId = get(cells, GROUP_ID);
        if (groupId.isEmpty()) {
            problems.report(file, location + ", column Group ID", "no Group ID; row skipped");
            return;
        }
        String latin = latinName(cells);
        String nonLatin = get(cells, NAME_NON_LATIN);
        if (latin.isEmpty() && nonLatin.isEmpty()) {
            problems.report(
                    file, location + ", column Name 6", "the row has no name (Name 1 to 6 are empty); row skipped");
            return;
        }
        ConListTarget t = targets.computeIfAbsent(groupId, id -> new ConListTarget(source, id, location));
        type(t, location, get(cells, GROUP_TYPE));
        names(t, cells, latin, nonLatin);
        birth(t, location, cells);
        nationality(t, get(cells, NATIONALITY));
        documents(t, cells);
        address(t, cells);
        String regime = get(cells, REGIME);
        if (!regime.isEmpty()) {
            t.builder.program(regime);
        }
        String listed = get(cells, LISTED_ON);
        if (!listed.isEmpty() && t.firstTime(LISTED_ON, listed)) {
            Optional<LocalDate> d = ConListValues.date(listed);
            if (d.isPresent()) {
                t.listedOn(d.get());
            } else {
                problems.report(file, location + ", column Listed On", "'" + listed + "' is not a dd/mm/yyyy date");
            }
        }
        String title = get(cells, TITLE);
        if (!title.isEmpty()) {
            t.remark("Title: " + title);
        }
        String position = get(cells, POSITION);
        if (!position.isEmpty()) {
            t.remark("Position: " + position);
        }
        otherInformation(t, get(cells, OTHER_INFORMATION));
        shipColumns(t, cells);
    }

    private String latinName(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (ConListColumn c : List.of(NAME_1, NAME_2, NAME_3, NAME_4, NAME_5, NAME_6)) {
            String part = get(cells, c);
            if (!part.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.toString();
    }

    private void type(ConListTarget t, String location, String text) throws ListParseException {
        if (text.isEmpty() || !t.firstTime(GROUP_TYPE, text)) {
            return;
        }
        Optional<EntityType> parsed = EntityType.parse(text);
        if (parsed.isEmpty() || parsed.get() == EntityType.OTHER) {
            t.typeReported = true;
            problems.report(
                    file,
                    location + ", column Group Type",
                    "unknown group type '" + text + "' (expected Individual, Entity or Ship)");
            return;
        }
        if (t.type == null) {
            t.type = parsed.get();
            t.typeText = text;
        } else if (t.type != parsed.get()) {
            problems.report(
                    file,
                    location + ", column Group Type",
                    "group " + t.groupId + " is '" + t.typeText + "' on " + t.firstLocation + " but '" + text
                            + "' here; the first is kept");
        }
    }

    private void names(ConListTarget t, List<String> cells, String latin, String nonLatin) {
        String aliasType = get(cells, ALIAS_TYPE).toLowerCase(Locale.ROOT);
        boolean low = get(cells, ALIAS_QUALITY).toLowerCase(Locale.ROOT).startsWith("low");
        NameKind kind;
        int rank;
        switch (aliasType) {
            case "primary name" -> {
                kind = NameKind.PRIMARY;
                rank = ConListTarget.RANK_PRIMARY;
            }
            case "fka" -> {
                kind = NameKind.FORMER_NAME;
                rank = ConListTarget.RANK_FORMER;
            }
            case "prime alias" -> {
                kind = low ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS;
                rank = ConListTarget.RANK_PRIME_ALIAS;
            }
            case "primary name variation" -> {
                kind = low ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS;
                rank = ConListTarget.RANK_VARIATION;
            }
            default -> {
                // "AKA" and anything new OFSI may add: an alias, weak when OFSI rates it low quality
                kind = low ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS;
                rank = low ? ConListTarget.RANK_WEAK : ConListTarget.RANK_ALIAS;
            }
        }
        t.name(latin, kind, "", rank);
        if (!nonLatin.isEmpty() && t.firstTime(NAME_NON_LATIN, nonLatin)) {
            t.name(
                    nonLatin,
                    NameKind.ORIGINAL_SCRIPT,
                    ConListValues.languageCode(get(cells, NON_LATIN_LANGUAGE)),
                    ConListTarget.RANK_ORIGINAL_SCRIPT);
        }
    }

    private void birth(ConListTarget t, String location, List<String> cells) throws ListParseException {
        String dob = get(cells, DOB);
        if (!dob.isEmpty() && t.firstTime(DOB, dob)) {
            for (String item : ConListValues.numbered(dob)) {
                Optional<PartialDate> d = ConListValues.birthDate(item);
                if (d.isPresent()) {
                    t.builder.birthDate(BirthDate.of(d.get()));
                } else {
                    problems.report(
                            file,
                            location + ", column DOB",
                            "'" + item + "' is not a date of birth (dd/mm/yyyy, 00 for an unknown day or month)");
                }
            }
        }
        String town = get(cells, TOWN_OF_BIRTH);
        String country = get(cells, COUNTRY_OF_BIRTH);
        if ((!town.isEmpty() || !country.isEmpty()) && t.firstTime(TOWN_OF_BIRTH, town + "\u0000" + country)) {
            List<String> towns = ConListValues.numberedKeepingEmpty(town);
            List<String> countries = ConListValues.numberedKeepingEmpty(country);
            if (countries.size() <= 1) {
                String c = countries.isEmpty() ? "" : countries.get(0);
                if (towns.isEmpty()) {
                    t.builder.placeOfBirth(c);
                }
                for (String tw : towns) {
                    t.builder.placeOfBirth(join(tw, c));
                }
            } else if (towns.size() == countries.size()) {
                for (int i = 0; i < towns.size(); i++) {
                    t.builder.placeOfBirth(join(towns.get(i), countries.get(i)));
                }
            } else {
                towns.forEach(t.builder::placeOfBirth);
                countries.forEach(t.builder::placeOfBirth);
            }
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }

    private void nationality(ConListTarget t, String text) {
        if (text.isEmpty() || !t.firstTime(NATIONALITY, text)) {
            return;
        }
        for (String item : ConListValues.numbered(text)) {
            Optional<String> code = ConListValues.countryOf(item);
            if (code.isPresent()) {
                t.builder.nationality(code.get());
                continue;
            }
            // "Estonia, Russia" or "Germany. Russia" without OFSI's numbering: split only when every part is one
            List<String> parts = List.of(item.split("\\s*[.,;]\\s*"));
            List<Optional<String>> codes =
                    parts.stream().map(ConListValues::countryOf).toList();
            if (parts.size() > 1 && codes.stream().allMatch(Optional::isPresent)) {
                codes.forEach(c -> t.builder.nationality(c.get()));
            } else {
                t.builder.nationality(item);
            }
        }
    }

    private void documents(ConListTarget t, List<String> cells) {
        document(t, IdentifierType.PASSPORT, "Passport", get(cells, PASSPORT_NUMBER), get(cells, PASSPORT_DETAILS));
        document(
                t,
                IdentifierType.NATIONAL_ID,
                "National Identification",
                get(cells, NATIONAL_ID_NUMBER),
                get(cells, NATIONAL_ID_DETAILS));
    }

    private void document(ConListTarget t, IdentifierType type, String label, String numbers, String details) {
        if (numbers.isEmpty()
                || !t.firstTime(
                        type == IdentifierType.PASSPORT ? PASSPORT_NUMBER : NATIONAL_ID_NUMBER,
                        numbers + "\u0000" + details)) {
            return;
        }
        List<String> values = ConListValues.numbered(numbers);
        List<String> notes = ConListValues.numberedKeepingEmpty(details);
        boolean paired = notes.size() == values.size();
        for (int i = 0; i < values.size(); i++) {
            String[] valueAndNote = ConListValues.valueAndNote(values.get(i));
            String detail = paired ? notes.get(i) : "";
            String country = ConListValues.issuingCountry(detail);
            if (country.isEmpty() && !valueAndNote[1].isEmpty()) {
                country = ConListValues.issuingCountry(valueAndNote[1]);
            }
            String fullLabel = detail.isEmpty() ? label : label + ": " + detail;
            if (!valueAndNote[0].isEmpty()) {
                t.builder.identifier(new Identifier(type, valueAndNote[0], country, fullLabel));
            }
        }
        if (!paired && !details.isBlank()) {
            t.remark(label + " details: " + details);
        }
    }

    private void address(ConListTarget t, List<String> cells) {
        List<String> lines = new ArrayList<>(6);
        for (ConListColumn c : List.of(ADDRESS_1, ADDRESS_2, ADDRESS_3, ADDRESS_4, ADDRESS_5, ADDRESS_6)) {
            lines.add(get(cells, c));
        }
        String post = get(cells, POST_CODE);
        String country = get(cells, COUNTRY);
        if (!t.firstTime(ADDRESS_1, String.join("\u0000", lines) + "\u0000" + post + "\u0000" + country)) {
            return;
        }
        // OFSI does not say which of the six lines is the town, so all stay lines of the address.
        Address a = new Address(
                lines, "", "", post, ConListValues.countryOf(country).orElse(""), country);
        if (!a.isEmpty()) {
            t.builder.address(a);
        }
    }

    private void otherInformation(ConListTarget t, String text) {
        if (text.isEmpty() || !t.firstTime(OTHER_INFORMATION, text)) {
            return;
        }
        t.remark(text);
        Map<String, String> tags = ConListValues.tags(text);
        String gender = tags.getOrDefault("gender", "");
        if (Gender.parse(gender) != Gender.UNKNOWN) {
            t.builder.gender(Gender.parse(gender));
        }
        imo(t, tags.getOrDefault("imo number", ""));
        flag(t, tags.getOrDefault("flag of ship", ""));
        for (String item : ConListValues.numbered(tags.getOrDefault("business reg no", ""))) {
            for (ConListValues.RegistrationNumber n : ConListValues.registrationNumbers(item)) {
                String country = ConListValues.countryOf(n.note()).orElse(ConListValues.labelCountry(n.label()));
                t.builder.identifier(new Identifier(
                        n.isTax() ? IdentifierType.TAX_ID : IdentifierType.REGISTRATION_NUMBER,
                        n.value(),
                        country,
                        n.label().isEmpty() ? "Business Reg No" : n.label()));
            }
        }
        contact(t, IdentifierType.PHONE, "Phone number", tags.getOrDefault("phone number", ""));
        contact(t, IdentifierType.EMAIL, "Email address", tags.getOrDefault("email address", ""));
        contact(t, IdentifierType.WEBSITE, "Website", tags.getOrDefault("website", ""));
        links(t, LinkKind.OWNED_BY, "Parent company", tags.getOrDefault("parent company", ""));
        links(t, LinkKind.OWNS, "Subsidiary", tags.getOrDefault("subsidiaries", ""));
        links(t, LinkKind.OWNED_BY, "Current owner", tags.getOrDefault("current owners", ""));
    }

    private void imo(ConListTarget t, String text) {
        for (String item : ConListValues.numbered(text)) {
            String digits = item.replaceAll("(?i)^imo[\\s:]*", "").strip();
            if (!digits.isEmpty()) {
                t.builder.identifier(new Identifier(IdentifierType.IMO_NUMBER, digits, "", "IMO number"));
            }
        }
    }

    /** The flag state of a ship is its nationality, so it is kept as one (and screened as one). */
    private void flag(ConListTarget t, String text) {
        for (String item : ConListValues.numbered(text)) {
            Optional<String> code = ConListValues.countryOf(item);
            if (code.isPresent()) {
                t.builder.nationality(code.get());
                continue;
            }
            // "Estonia, Russia" or "Germany. Russia" without OFSI's numbering: split only when every part is one
            List<String> parts = List.of(item.split("\\s*[.,;]\\s*"));
            List<Optional<String>> codes =
                    parts.stream().map(ConListValues::countryOf).toList();
            if (parts.size() > 1 && codes.stream().allMatch(Optional::isPresent)) {
                codes.forEach(c -> t.builder.nationality(c.get()));
            } else {
                t.builder.nationality(item);
            }
        }
    }

    private void contact(ConListTarget t, IdentifierType type, String label, String text) {
        for (String item : ConListValues.numbered(text)) {
            t.builder.identifier(new Identifier(type, item, "", label));
        }
    }

    private void links(ConListTarget t, LinkKind kind, String description, String text) {
        for (String item : ConListValues.numbered(text)) {
            t.builder.link(new Link(kind, item, description));
        }
    }

    private void shipColumns(ConListTarget t, List<String> cells) {
        imo(t, get(cells, IMO_NUMBER));
        flag(t, get(cells, FLAG));
        links(t, LinkKind.OWNED_BY, "Current owner/operator", get(cells, CURRENT_OWNERS));
        String hin = get(cells, HULL_ID);
        if (!hin.isEmpty()) {
            t.builder.identifier(new Identifier(IdentifierType.OTHER, hin, "", HULL_ID.header()));
        }
        String previous = get(cells, PREVIOUS_FLAGS);
        if (!previous.isEmpty()) {
            t.remark("Previous flags: " + previous);
        }
    }

    /**
     * Ends the file: builds one entity per Group ID, in the order each first appeared.
     *
     * @throws ListParseException when the file had no header at all
     */
    ParsedList finish(ListFormat format) throws ListParseException {
        if (columns == null) {
            throw new ListParseException(
                    file + ": no ConList header (a row with 'Name 6', 'Group Type' and " + "'Group ID') found");
        }
        List<Entity> entities = new ArrayList<>(targets.size());
        for (ConListTarget t : targets.values()) {
            if (t.type == null && !t.typeReported) {
                problems.report(
                        file,
                        t.firstLocation + ", column Group Type",
                        "group " + t.groupId + " has no known group type; read as 'other'");
            }
            entities.add(t.build());
        }
        ListMetadata meta = new ListMetadata(source, format, file, Optional.ofNullable(publishedAt), records, -1);
        return new ParsedList(meta, entities, problems.list(), problems.count());
    }
}
