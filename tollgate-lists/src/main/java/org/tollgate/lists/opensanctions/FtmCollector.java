package org.tollgate.lists.opensanctions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.Problems;

/**
 * Gathers the FollowTheMoney records of one file: things become entity drafts, and relationships, sanctions,
 * identity documents and addresses are kept in compact form until the end, because a relationship may come
 * before the things it joins. {@link #finish()} folds them into the drafts and builds the entities.
 */
final class FtmCollector {
    /** A relationship schema: which properties name its two ends, which holds its role, and the link kinds. */
    private record Relation(String from, String to, String role, LinkKind fromKind, LinkKind toKind) {}

    private static final Map<String, Relation> RELATIONS = Map.of(
            "Ownership", new Relation("owner", "asset", "role", LinkKind.OWNS, LinkKind.OWNED_BY),
            "Directorship", new Relation("director", "organization", "role", LinkKind.LINKED_TO, LinkKind.LINKED_TO),
            "Family", new Relation("person", "relative", "relationship", LinkKind.LINKED_TO, LinkKind.LINKED_TO),
            "Associate", new Relation("person", "associate", "relationship", LinkKind.LINKED_TO, LinkKind.LINKED_TO),
            "UnknownLink", new Relation("subject", "object", "role", LinkKind.LINKED_TO, LinkKind.LINKED_TO),
            "Membership", new Relation("member", "organization", "role", LinkKind.LINKED_TO, LinkKind.LINKED_TO),
            "Employment", new Relation("employee", "employer", "role", LinkKind.LINKED_TO, LinkKind.LINKED_TO),
            "Representation", new Relation("agent", "client", "role", LinkKind.LINKED_TO, LinkKind.LINKED_TO),
            "Succession", new Relation("predecessor", "successor", "", LinkKind.LINKED_TO, LinkKind.LINKED_TO));

    /** Thing properties that hold identifiers: type, label, and the issuing country implied by the property. */
    private record IdProperty(String property, IdentifierType type, String label, String country) {}

    private static final List<IdProperty> ID_PROPERTIES = List.of(
            new IdProperty("passportNumber", IdentifierType.PASSPORT, "Passport", ""),
            new IdProperty("idNumber", IdentifierType.NATIONAL_ID, "ID number", ""),
            new IdProperty("socialSecurityNumber", IdentifierType.SOCIAL_SECURITY_NUMBER, "Social security number", ""),
            // The Russian codes come before the generic numbers: the same value often fills both, and the first
            // kept is the one that knows its country.
            new IdProperty("innCode", IdentifierType.TAX_ID, "INN", "RU"),
            new IdProperty("ogrnCode", IdentifierType.REGISTRATION_NUMBER, "OGRN", "RU"),
            new IdProperty("taxNumber", IdentifierType.TAX_ID, "Tax number", ""),
            new IdProperty("vatCode", IdentifierType.TAX_ID, "VAT", ""),
            new IdProperty("registrationNumber", IdentifierType.REGISTRATION_NUMBER, "Registration number", ""),
            new IdProperty("okpoCode", IdentifierType.REGISTRATION_NUMBER, "OKPO", ""),
            new IdProperty("dunsCode", IdentifierType.REGISTRATION_NUMBER, "DUNS", ""),
            new IdProperty("uniqueEntityId", IdentifierType.REGISTRATION_NUMBER, "Unique Entity ID", "US"),
            new IdProperty("leiCode", IdentifierType.LEI, "LEI", ""),
            new IdProperty("swiftBic", IdentifierType.SWIFT_BIC, "SWIFT/BIC", ""),
            new IdProperty("imoNumber", IdentifierType.IMO_NUMBER, "IMO", ""),
            new IdProperty("mmsi", IdentifierType.MMSI, "MMSI", ""),
            new IdProperty("callSign", IdentifierType.CALL_SIGN, "Call sign", ""),
            new IdProperty("serialNumber", IdentifierType.AIRCRAFT_SERIAL, "Serial number", ""),
            new IdProperty("email", IdentifierType.EMAIL, "Email", ""),
            new IdProperty("phone", IdentifierType.PHONE, "Phone", ""),
            new IdProperty("website", IdentifierType.WEBSITE, "Website", ""));

    private record LinkFold(String entityId, Link link) {}

    private record SanctionFold(
            String entityId, List<String> programs, LocalDate listed, String remark, List<String> reasons) {}

    private record IdentifierFold(String holderId, Identifier identifier) {}

    private record AddressRecord(Address address, String full) {}

    /** One thing while the file is read. */
    private static final class Draft {
        final String location;
        final Entity.Builder builder;
        final NameList names = new NameList();
        final Set<String> remarks = new LinkedHashSet<>();
        final List<String> addressIds = new ArrayList<>();
        final List<String> addressTexts = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        final Map<String, Identifier> identifiers = new LinkedHashMap<>();
        LocalDate listedOn;

        Draft(String location, Entity.Builder builder) {
            this.location = location;
            this.builder = builder;
        }

        void identifier(Identifier id) {
            identifiers.putIfAbsent(id.type() + "\u0000" + id.normalizedValue(), id);
        }

        void listed(LocalDate d) {
            if (d != null && (listedOn == null || d.isBefore(listedOn))) {
                listedOn = d;
            }
        }
    }

    private final String source;
    private final String file;
    private final Problems problems;
    private final Map<String, Draft> things = new LinkedHashMap<>();
    private final Map<String, AddressRecord> addresses = new HashMap<>();
    private final List<LinkFold> links = new ArrayList<>();
    private final List<SanctionFold> sanctions = new ArrayList<>();
    private final List<IdentifierFold> identifiers = new ArrayList<>();

    FtmCollector(String source, String file, Problems problems) {
        this.source = source;
        this.file = file;
        this.problems = problems;
    }

    /** Takes one FtM record (one line of the file). */
    void accept(String location, JsonNode node) throws ListParseException {
        if (!node.isObject()) {
            problems.report(file, location, "not a JSON object");
            return;
        }
        String id = text(node.get("id"));
        String schema = text(node.get("schema"));
        if (id.isEmpty()) {
            problems.report(file, location, "the entity has no id; skipped");
            return;
        }
        String where = location + " (id " + id + ")";
        if (schema.isEmpty()) {
            problems.report(file, where, "the entity has no schema; skipped");
            return;
        }
        JsonNode props = node.get("properties");
        if (props != null && !props.isNull() && !props.isObject()) {
            problems.report(file, where, "'properties' is not an object; read as empty");
            props = null;
        }
        Properties p = new Properties(props);
        Optional<EntityType> type = FtmSchema.thingType(schema);
        if (type.isPresent()) {
            thing(where, id, type.get(), node, p);
            return;
        }
        Relation rel = RELATIONS.get(schema);
        if (rel != null) {
            relation(schema, rel, p);
            return;
        }
        switch (schema) {
            case "Sanction" -> sanction(where, p);
            case "Identification", "Passport" -> document(schema, p);
            case "CryptoWallet" -> wallet(p);
            case "Address" -> address(id, p);
            default -> {
                // Other schemata (Position, Occupancy, Security, Article, ...) are tolerated and not read.
            }
        }
    }

    /** The string values of an entity's properties; FtM stores every property as an array of strings. */
    private static final class Properties {
        private final JsonNode props;

        Properties(JsonNode props) {
            this.props = props;
        }

        List<String> all(String name) {
            if (props == null) {
                return List.of();
            }
            JsonNode v = props.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (v.isArray()) {
                for (JsonNode item : v) {
                    String s = text(item);
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                }
            } else {
                String s = text(v);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        }

        String first(String name) {
            List<String> all = all(name);
            return all.isEmpty() ? "" : all.get(0);
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return "";
        }
        return n.asText("").strip();
    }

    private void thing(String where, String id, EntityType type, JsonNode node, Properties p)
            throws ListParseException {
        if (things.containsKey(id)) {
            problems.report(file, where, "duplicate id (first on " + things.get(id).location + "); skipped");
            return;
        }
        Draft d = new Draft(where, Entity.builder(source, id).type(type));
        d.names.add(text(node.get("caption")), NameKind.PRIMARY);
        for (String n : p.all("name")) {
            d.names.add(n, OsValues.aliasKind(n));
        }
        for (String n : p.all("alias")) {
            d.names.add(n, OsValues.aliasKind(n));
        }
        p.all("weakAlias").forEach(n -> d.names.add(n, NameKind.WEAK_ALIAS));
        p.all("abbreviation").forEach(n -> d.names.add(n, NameKind.WEAK_ALIAS));
        p.all("previousName").forEach(n -> d.names.add(n, NameKind.FORMER_NAME));
        if (d.names.isEmpty()) {
            problems.report(file, where, "the entity has neither a caption nor a name; skipped");
            return;
        }
        for (String b : p.all("birthDate")) {
            Optional<PartialDate> date = PartialDate.parse(b.length() > 10 ? b.substring(0, 10) : b);
            if (date.isPresent()) {
                d.builder.birthDate(BirthDate.of(date.get()));
            } else {
                problems.report(file, where + ", property birthDate", "'" + b + "' is not a date");
            }
        }
        p.all("birthPlace").forEach(d.builder::placeOfBirth);
        if (p.all("birthPlace").isEmpty()) {
            p.all("birthCountry").forEach(c -> d.builder.placeOfBirth(Countries.name(OsValues.country(c))));
        }
        p.all("nationality").forEach(c -> d.builder.nationality(OsValues.country(c)));
        p.all("citizenship").forEach(c -> d.builder.citizenship(OsValues.country(c)));
        if (type == EntityType.ORGANIZATION) {
            // The jurisdiction of incorporation is an organisation's nationality, as OFAC and the EU record it.
            p.all("jurisdiction").forEach(c -> d.builder.nationality(OsValues.country(c)));
        } else {
            d.countries.addAll(p.all("jurisdiction"));
        }
        if (type == EntityType.VESSEL) {
            // The flag state is a ship's nationality.
            p.all("flag").forEach(c -> d.builder.nationality(OsValues.country(c)));
        }
        d.countries.addAll(p.all("country"));
        d.addressTexts.addAll(p.all("address"));
        d.addressIds.addAll(p.all("addressEntity"));
        for (IdProperty ip : ID_PROPERTIES) {
            IdentifierType t = ip.type;
            if (type == EntityType.AIRCRAFT && ip.property.equals("registrationNumber")) {
                t = IdentifierType.AIRCRAFT_REGISTRATION;
            }
            for (String v : p.all(ip.property)) {
                String value = t == IdentifierType.IMO_NUMBER ? OsValues.imoDigits(v) : v;
                if (!value.isEmpty()) {
                    d.identifier(new Identifier(t, value, ip.country, ip.label));
                }
            }
        }
        Gender g = Gender.parse(p.first("gender"));
        if (g != Gender.UNKNOWN) {
            d.builder.gender(g);
        }
        p.all("programId").forEach(d.builder::program);
        p.all("notes").forEach(d.remarks::add);
        p.all("position").forEach(s -> d.remarks.add("Position: " + s));
        String url = p.first("sourceUrl");
        if (!url.isEmpty()) {
            d.builder.url(url);
        }
        List<String> datasets = new ArrayList<>();
        JsonNode ds = node.get("datasets");
        if (ds != null && ds.isArray()) {
            ds.forEach(x -> {
                if (!text(x).isEmpty()) {
                    datasets.add(text(x));
                }
            });
        }
        d.builder.subList(String.join("; ", datasets));
        JsonNode target = node.get("target");
        if (target != null && target.isBoolean() && !target.booleanValue()) {
            d.remarks.add("OpenSanctions lists this entity for its links to targets; it is not a target itself");
        }
        things.put(id, d);
    }

    private void relation(String schema, Relation rel, Properties p) {
        List<String> parts = new ArrayList<>();
        if (!rel.role.isEmpty()) {
            parts.addAll(p.all(rel.role));
        }
        p.all("percentage").forEach(s -> parts.add(s + "%"));
        p.all("startDate").forEach(s -> parts.add("from " + s));
        p.all("endDate").forEach(s -> parts.add("until " + s));
        String description = parts.isEmpty() ? schema : schema + ": " + String.join(", ", parts);
        for (String from : p.all(rel.from)) {
            for (String to : p.all(rel.to)) {
                links.add(new LinkFold(from, new Link(rel.fromKind, Entity.idOf(source, to), description)));
                links.add(new LinkFold(to, new Link(rel.toKind, Entity.idOf(source, from), description)));
            }
        }
    }

    private void sanction(String where, Properties p) throws ListParseException {
        List<String> programs = p.all("programId");
        if (programs.isEmpty()) {
            programs = p.all("program");
        }
        LocalDate listed = null;
        String dateText = p.first("listingDate");
        if (dateText.isEmpty()) {
            dateText = p.first("startDate");
        }
        if (!dateText.isEmpty()) {
            try {
                listed = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
            } catch (DateTimeParseException e) {
                // Partial dates ("2014", "2014-03") do not name a listing day; they stay in the remark.
                listed = null;
            }
        }
        List<String> parts = new ArrayList<>();
        String authority = String.join(" / ", p.all("authority"));
        List<String> countries =
                p.all("country").stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        String head = "Sanction";
        if (!authority.isEmpty()) {
            head += " by " + authority;
        }
        if (!countries.isEmpty()) {
            head += " (" + String.join(", ", countries) + ")";
        }
        parts.add(head);
        List<String> programTexts = p.all("program");
        if (!programTexts.isEmpty()) {
            parts.add("program: " + String.join("; ", programTexts));
        }
        if (!dateText.isEmpty()) {
            parts.add("since " + dateText);
        }
        String remark = String.join("; ", parts);
        List<String> reasons = p.all("reason");
        for (String entity : p.all("entity")) {
            sanctions.add(new SanctionFold(entity, programs, listed, remark, reasons));
        }
    }

    private void document(String schema, Properties p) {
        String number = p.first("number");
        if (number.isEmpty()) {
            number = p.first("passportNumber");
        }
        if (number.isEmpty()) {
            return;
        }
        String kind = p.first("type");
        IdentifierType type = schema.equals("Passport") ? IdentifierType.PASSPORT : IdentifierType.classify(kind);
        String country = OsValues.country(p.first("country"));
        Identifier id = new Identifier(
                type, number, Countries.isAlpha2(country) ? country : "", kind.isEmpty() ? schema : kind);
        for (String holder : p.all("holder")) {
            identifiers.add(new IdentifierFold(holder, id));
        }
    }

    private void wallet(Properties p) {
        String key = p.first("publicKey");
        if (key.isEmpty()) {
            return;
        }
        String currency = p.first("currency");
        Identifier id = new Identifier(
                IdentifierType.DIGITAL_CURRENCY_ADDRESS,
                key,
                "",
                currency.isEmpty() ? "Digital Currency Address" : "Digital Currency Address - " + currency);
        for (String holder : p.all("holder")) {
            identifiers.add(new IdentifierFold(holder, id));
        }
    }

    private void address(String id, Properties p) {
        String full = p.first("full");
        List<String> lines = new ArrayList<>();
        lines.addAll(p.all("street"));
        lines.addAll(p.all("street2"));
        p.all("postOfficeBox").forEach(s -> lines.add("PO Box " + s));
        String city = p.first("city");
        String region = String.join(", ", p.all("region"));
        if (region.isEmpty()) {
            region = p.first("state");
        }
        String postal = p.first("postalCode");
        boolean parts = !lines.isEmpty() || !city.isEmpty() || !postal.isEmpty() || !region.isEmpty();
        String country = p.first("country").isEmpty() ? "" : OsValues.country(p.first("country"));
        boolean iso = Countries.isAlpha2(country);
        Address a = new Address(
                parts ? lines : List.of(full),
                parts ? city : "",
                parts ? region : "",
                parts ? postal : "",
                iso ? country : "",
                iso ? "" : country);
        addresses.put(id, new AddressRecord(a, full));
    }

    /** Folds what was gathered into the things and builds them, in file order. */
    List<Entity> finish() {
        for (LinkFold f : links) {
            Draft d = things.get(f.entityId);
            if (d != null) {
                d.builder.link(f.link);
            }
        }
        for (SanctionFold f : sanctions) {
            Draft d = things.get(f.entityId);
            if (d != null) {
                f.programs.forEach(d.builder::program);
                d.listed(f.listed);
                // A reason that is already one of the entity's notes (OpenSanctions often copies it there) is
                // not repeated.
                List<String> fresh =
                        f.reasons.stream().filter(r -> !d.remarks.contains(r)).toList();
                d.remarks.add(fresh.isEmpty() ? f.remark : f.remark + "; reason: " + String.join(" ", fresh));
            }
        }
        for (IdentifierFold f : identifiers) {
            Draft d = things.get(f.holderId);
            if (d != null) {
                d.identifier(f.identifier);
            }
        }
        List<Entity> out = new ArrayList<>(things.size());
        for (Draft d : things.values()) {
            d.names.names().forEach(d.builder::name);
            Set<String> fullTexts = new LinkedHashSet<>();
            Set<String> addressCountries = new LinkedHashSet<>();
            for (String aid : d.addressIds) {
                AddressRecord a = addresses.get(aid);
                if (a != null) {
                    d.builder.address(a.address);
                    fullTexts.add(a.full.toLowerCase(Locale.ROOT));
                    addressCountries.add(a.address.country());
                }
            }
            for (String text : d.addressTexts) {
                if (!fullTexts.contains(text.toLowerCase(Locale.ROOT))) {
                    d.builder.address(new Address(List.of(text), "", "", "", "", ""));
                }
            }
            for (String c : d.countries) {
                Address a = OsValues.countryOnly(c);
                if (!addressCountries.contains(a.country()) || a.country().isEmpty()) {
                    d.builder.address(a);
                }
            }
            d.identifiers.values().forEach(d.builder::identifier);
            d.remarks.forEach(d.builder::remark);
            d.builder.listedOn(d.listedOn);
            out.add(d.builder.build());
        }
        return out;
    }
}
