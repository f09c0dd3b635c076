package org.tollgate.lists.ofac;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Gender;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListMetadata;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;
import org.tollgate.lists.parse.SafeXml;

/**
 * Reads the ENHANCED XML of OFAC's Sanctions List Service (root {@code sanctionsData}; SDN_ENHANCED.XML,
 * CONS_ENHANCED.XML), plain or zipped, streaming it with StAX.
 *
 * <p>Each {@code entity} has typed names with translations (a low-quality name is a weak alias, a name in another
 * script an original-script name), addresses made of typed parts, features (birth date, place of birth,
 * nationality, gender, digital currency addresses, vessel data and listing facts, classified by
 * {@link OfacLabels}), identity documents, programs, the lists it is on and relationships to other entities by
 * id. The source is {@code us_ofac_cons} when the options say so, when the file name says consolidated
 * ({@code CONS_ENHANCED}), or when the publication filter names the Consolidated List; otherwise
 * {@code us_ofac_sdn}. A relationship whose other entity is in the same file points to its id; otherwise to its
 * name.
 */
public final class OfacEnhancedParser implements ListParser {
    private static final String CONSOLIDATED_LIST = "Consolidated List";

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        Run run = new Run(file, options);
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".xml")) {
            XMLStreamReader r = SafeXml.reader(in, file);
            try {
                run.document(r);
            } catch (XMLStreamException e) {
                run.problems.report(file, OfacXmlParser.location(e), "malformed XML: " + OfacXmlParser.message(e));
            } finally {
                OfacXmlParser.close(r);
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        String source = sourceFor(file, options, run.filterLists);
        List<Entity> entities = run.build(source);
        ListMetadata meta = new ListMetadata(
                source, ListFormat.OFAC_ENHANCED, file, Optional.ofNullable(run.dataAsOf), run.entities.size(), -1);
        return new ParsedList(meta, entities, run.problems.list(), run.problems.count());
    }

    /** The source: the override, else consolidated by file name or publication filter, else the SDN list. */
    static String sourceFor(String fileName, ParseOptions options, List<String> filterLists) {
        if (!options.sourceOverride().isEmpty()) {
            return options.sourceOverride();
        }
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.contains("cons") || n.contains("non_sdn")) {
            return "us_ofac_cons";
        }
        if (!n.contains("sdn") && filterLists.contains(CONSOLIDATED_LIST)) {
            return "us_ofac_cons";
        }
        return "us_ofac_sdn";
    }

    /** ISO 15924 codes of the script names OFAC uses, as the language hint of a name. */
    private static final Map<String, String> SCRIPTS = Map.ofEntries(
            Map.entry("latin", "Latn"),
            Map.entry("cyrillic", "Cyrl"),
            Map.entry("arabic", "Arab"),
            Map.entry("armenian", "Armn"),
            Map.entry("chinese simplified", "Hans"),
            Map.entry("chinese traditional", "Hant"),
            Map.entry("georgian", "Geor"),
            Map.entry("greek", "Grek"),
            Map.entry("hangul", "Hang"),
            Map.entry("korean", "Kore"),
            Map.entry("hebrew", "Hebr"),
            Map.entry("japanese", "Jpan"));

    /** One parse. */
    private static final class Run {
        final String file;
        final Problems problems;
        final OfacCountry countries = new OfacCountry();
        final Map<String, String> isoByRef = new HashMap<>();
        final List<String> filterLists = new ArrayList<>();
        final List<Pending> entities = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        LocalDate dataAsOf;
        int skipped;

        Run(String file, ParseOptions options) {
            this.file = file;
            this.problems = new Problems(options);
        }

        void document(XMLStreamReader r) throws XMLStreamException, ListParseException {
            while (r.hasNext() && r.next() != XMLStreamReader.START_ELEMENT) {
                // prolog
            }
            if (!r.isStartElement()) {
                throw new ListParseException(file + ": the document holds no element");
            }
            if (!"sanctionsData".equals(r.getLocalName())) {
                throw new ListParseException(file + ": not an OFAC ENHANCED XML list: the root element is <"
                        + r.getLocalName() + ">, expected <sanctionsData>");
            }
            XmlChildren.each(r, name -> {
                switch (name) {
                    case "publicationInfo" -> publication(r);
                    case "referenceValues" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("referenceValue")) {
                                referenceValue(r);
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "entities" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("entity")) {
                                entity(r);
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    default -> SafeXml.skip(r);
                }
            });
        }

        void publication(XMLStreamReader r) throws XMLStreamException, ListParseException {
            XmlChildren.each(r, name -> {
                switch (name) {
                    case "dataAsOf" -> {
                        int line = r.getLocation().getLineNumber();
                        String text = SafeXml.text(r);
                        try {
                            dataAsOf = LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
                        } catch (DateTimeParseException e) {
                            problems.report(file, "line " + line + ", <dataAsOf>", "'" + text + "' is not a date");
                        }
                    }
                    case "filters" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("sanctionsLists")) {
                                XmlChildren.each(r, m -> filterLists.add(SafeXml.text(r)));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    default -> SafeXml.skip(r);
                }
            });
        }

        /** Keeps the ISO codes of the COUNTRY reference values; the other values come spelled out where used. */
        void referenceValue(XMLStreamReader r) throws XMLStreamException, ListParseException {
            String ref = attr(r, "refId");
            String[] typeAndIso = new String[2];
            XmlChildren.each(r, n -> {
                switch (n) {
                    case "type" -> typeAndIso[0] = SafeXml.text(r);
                    case "isoCode" -> typeAndIso[1] = SafeXml.text(r);
                    default -> SafeXml.skip(r);
                }
            });
            if ("COUNTRY".equals(typeAndIso[0]) && typeAndIso[1] != null && typeAndIso[1].length() == 2) {
                isoByRef.put(ref, typeAndIso[1].toUpperCase(Locale.ROOT));
            }
        }

        void entity(XMLStreamReader r) throws XMLStreamException, ListParseException {
            Pending e =
                    new Pending(entities.size() + 1 + skipped, r.getLocation().getLineNumber(), attr(r, "id"));
            XmlChildren.each(r, name -> {
                switch (name) {
                    case "generalInfo" ->
                        XmlChildren.each(r, n -> {
                            switch (n) {
                                case "entityType" -> e.type = SafeXml.text(r);
                                case "remarks" -> e.remarks = SafeXml.text(r);
                                default -> SafeXml.skip(r);
                            }
                        });
                    case "sanctionsLists" ->
                        XmlChildren.each(r, n -> {
                            String published = attr(r, "datePublished");
                            String list = SafeXml.text(r);
                            e.lists.add(list);
                            if (!CONSOLIDATED_LIST.equals(list) && published.length() >= 10) {
                                try {
                                    LocalDate d = LocalDate.parse(published.substring(0, 10));
                                    if (e.listedOn == null || d.isBefore(e.listedOn)) {
                                        e.listedOn = d;
                                    }
                                } catch (DateTimeParseException ignored) {
                                    // a listing date is a convenience; the entity stands without it
                                }
                            }
                        });
                    case "sanctionsPrograms" -> XmlChildren.each(r, n -> e.programs.add(SafeXml.text(r)));
                    case "names" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("name")) {
                                e.names.add(name(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "addresses" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("address")) {
                                e.addresses.add(address(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "features" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("feature")) {
                                e.features.add(feature(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "identityDocuments" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("identityDocument")) {
                                e.documents.add(identityDocument(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "relationships" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("relationship")) {
                                e.relations.add(relationship(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    default -> SafeXml.skip(r);
                }
            });
            String where = e.where();
            if (e.id.isEmpty()) {
                problems.report(file, where, "the entity has no id attribute; skipped");
                skipped++;
                return;
            }
            if (!ids.add(e.id)) {
                problems.report(file, where, "entity id " + e.id + " appears twice; the second is skipped");
                skipped++;
                return;
            }
            if (e.names.stream().noneMatch(n -> n.primary && !n.primaryText().isEmpty())) {
                problems.report(file, where, "the entity has no primary name; skipped");
                skipped++;
                return;
            }
            Optional<EntityType> type = EntityType.parse(e.type);
            if (type.isEmpty()) {
                problems.report(
                        file,
                        where + ", <entityType>",
                        "unknown type '" + e.type
                                + "' (expected Individual, Entity, Vessel or Aircraft); read as other");
            }
            e.entityType = type.orElse(EntityType.OTHER);
            entities.add(e);
        }

        NameRec name(XMLStreamReader r) throws XMLStreamException, ListParseException {
            NameRec n = new NameRec();
            XmlChildren.each(r, c -> {
                switch (c) {
                    case "isPrimary" -> n.primary = XmlChildren.bool(r);
                    case "aliasType" -> n.aliasType = SafeXml.text(r);
                    case "isLowQuality" -> n.lowQuality = XmlChildren.bool(r);
                    case "translations" ->
                        XmlChildren.each(r, t -> {
                            if (t.equals("translation")) {
                                n.translations.add(translation(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    default -> SafeXml.skip(r);
                }
            });
            return n;
        }

        Translation translation(XMLStreamReader r) throws XMLStreamException, ListParseException {
            Translation t = new Translation();
            XmlChildren.each(r, c -> {
                switch (c) {
                    case "isPrimary" -> t.primary = XmlChildren.bool(r);
                    case "script" -> t.script = SafeXml.text(r);
                    case "formattedFirstName" -> t.first = SafeXml.text(r);
                    case "formattedLastName" -> t.last = SafeXml.text(r);
                    case "formattedFullName" -> t.full = SafeXml.text(r);
                    case "nameParts" ->
                        XmlChildren.each(r, p -> {
                            if (p.equals("namePart")) {
                                Map<String, String> part = simple(r);
                                t.parts.add(part.getOrDefault("value", ""));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    default -> SafeXml.skip(r);
                }
            });
            return t;
        }

        AddressRec address(XMLStreamReader r) throws XMLStreamException, ListParseException {
            AddressRec a = new AddressRec();
            XmlChildren.each(r, c -> {
                switch (c) {
                    case "country" -> {
                        a.countryRef = attr(r, "refId");
                        a.country = SafeXml.text(r);
                    }
                    case "translations" ->
                        XmlChildren.each(r, t -> {
                            if (t.equals("translation")) {
                                Map<String, String> parts = new HashMap<>();
                                boolean[] primary = {false};
                                XmlChildren.each(r, p -> {
                                    switch (p) {
                                        case "isPrimary" -> primary[0] = XmlChildren.bool(r);
                                        case "addressParts" ->
                                            XmlChildren.each(r, q -> {
                                                Map<String, String> part = simple(r);
                                                parts.merge(
                                                        part.getOrDefault("type", "")
                                                                .toUpperCase(Locale.ROOT),
                                                        part.getOrDefault("value", ""),
                                                        (x, y) -> x + ", " + y);
                                            });
                                        default -> SafeXml.skip(r);
                                    }
                                });
                                // the address as OFAC writes it in Latin script; other scripts would repeat it
                                if (primary[0] || a.parts == null) {
                                    a.parts = parts;
                                }
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    default -> SafeXml.skip(r);
                }
            });
            return a;
        }

        Feature feature(XMLStreamReader r) throws XMLStreamException, ListParseException {
            Feature f = new Feature();
            XmlChildren.each(r, c -> {
                switch (c) {
                    case "type" -> f.type = SafeXml.text(r);
                    case "value" -> f.value = SafeXml.text(r);
                    case "valueRefId" -> f.valueRef = SafeXml.text(r);
                    case "valueDate" -> {
                        Map<String, String> d = simple(r);
                        f.fromBegin = d.getOrDefault("fromDateBegin", "");
                        f.toEnd = d.getOrDefault("toDateEnd", "");
                        f.approximate = "true".equalsIgnoreCase(d.getOrDefault("isApproximate", ""));
                    }
                    default -> SafeXml.skip(r);
                }
            });
            return f;
        }

        Document identityDocument(XMLStreamReader r) throws XMLStreamException, ListParseException {
            Document d = new Document();
            XmlChildren.each(r, c -> {
                switch (c) {
                    case "type" -> d.type = SafeXml.text(r);
                    case "documentNumber" -> d.number = SafeXml.text(r);
                    case "issuingCountry" -> {
                        d.countryRef = attr(r, "refId");
                        d.country = SafeXml.text(r);
                    }
                    default -> SafeXml.skip(r);
                }
            });
            return d;
        }

        Relation relationship(XMLStreamReader r) throws XMLStreamException, ListParseException {
            Relation rel = new Relation();
            XmlChildren.each(r, c -> {
                switch (c) {
                    case "type" -> rel.type = SafeXml.text(r);
                    case "relatedEntity" -> {
                        rel.entityId = attr(r, "entityId");
                        rel.name = SafeXml.text(r);
                    }
                    default -> SafeXml.skip(r);
                }
            });
            return rel;
        }

        /** The text children of a small element, by local name. */
        Map<String, String> simple(XMLStreamReader r) throws XMLStreamException, ListParseException {
            Map<String, String> m = new HashMap<>();
            XmlChildren.each(r, c -> m.put(c, SafeXml.text(r)));
            return m;
        }

        String code(String ref, String text) {
            String iso = isoByRef.get(ref);
            return iso != null ? iso : countries.code(text);
        }

        List<Entity> build(String source) throws ListParseException {
            List<Entity> out = new ArrayList<>(entities.size());
            for (Pending e : entities) {
                try {
                    out.add(build(e, source));
                } catch (IllegalArgumentException ex) {
                    problems.report(file, e.where(), "the entity is invalid: " + ex.getMessage());
                }
            }
            return out;
        }

        private Entity build(Pending e, String source) {
            Entity.Builder b = Entity.builder(source, e.id);
            b.type(e.entityType);
            // the primary name first, then the aliases in file order
            for (NameRec n : e.names) {
                if (n.primary) {
                    names(n, b);
                }
            }
            for (NameRec n : e.names) {
                if (!n.primary) {
                    names(n, b);
                }
            }
            e.programs.forEach(b::program);
            List<String> subLists = new ArrayList<>();
            for (String list : e.lists) {
                if (!CONSOLIDATED_LIST.equals(list)) {
                    subLists.add(list);
                }
            }
            b.subList(String.join("; ", subLists));
            b.listedOn(e.listedOn);
            StringBuilder remarks = new StringBuilder(e.remarks);
            for (AddressRec a : e.addresses) {
                Map<String, String> p = a.parts == null ? Map.of() : a.parts;
                String region = p.getOrDefault("STATE/PROVINCE", "");
                List<String> lines = new ArrayList<>(List.of(
                        p.getOrDefault("ADDRESS1", ""),
                        p.getOrDefault("ADDRESS2", ""),
                        p.getOrDefault("ADDRESS3", "")));
                String otherRegion = p.getOrDefault("REGION", "");
                if (region.isEmpty()) {
                    region = otherRegion;
                } else {
                    lines.add(otherRegion);
                }
                b.address(new Address(
                        lines,
                        p.getOrDefault("CITY", ""),
                        region,
                        p.getOrDefault("POSTAL CODE", ""),
                        code(a.countryRef, a.country),
                        a.country));
            }
            for (Feature f : e.features) {
                feature(f, b, remarks);
            }
            for (Document d : e.documents) {
                OfacLabels.Rule rule = OfacLabels.classify(d.type);
                IdentifierType t = rule.kind() == OfacLabels.Kind.IDENTIFIER ? rule.type() : IdentifierType.OTHER;
                OfacRemarks.identifier(t, d.type, d.number, code(d.countryRef, d.country))
                        .ifPresent(b::identifier);
            }
            for (Relation rel : e.relations) {
                String kindText = rel.type.toLowerCase(Locale.ROOT);
                LinkKind kind = kindText.startsWith("owned or controlled by")
                        ? LinkKind.OWNED_BY
                        : kindText.startsWith("owns") ? LinkKind.OWNS : LinkKind.LINKED_TO;
                if (ids.contains(rel.entityId)) {
                    b.link(new Link(kind, Entity.idOf(source, rel.entityId), rel.type));
                } else if (!rel.name.isEmpty()) {
                    // the other entity is on another OFAC list: keep its name and OFAC's id for it
                    String desc = rel.entityId.isEmpty() ? rel.type : rel.type + " (OFAC id " + rel.entityId + ")";
                    b.link(new Link(kind, rel.name, desc));
                }
            }
            b.remark(remarks.toString());
            return b.build();
        }

        private void names(NameRec n, Entity.Builder b) {
            NameKind kind;
            if (n.primary) {
                kind = NameKind.PRIMARY;
            } else if (n.lowQuality) {
                kind = NameKind.WEAK_ALIAS;
            } else if (n.aliasType.toUpperCase(Locale.ROOT).startsWith("F")) {
                kind = NameKind.FORMER_NAME;
            } else {
                kind = NameKind.STRONG_ALIAS;
            }
            // the primary translation first, so that the entity's first name is the primary one
            List<Translation> ordered = new ArrayList<>(n.translations);
            ordered.sort((x, y) -> Boolean.compare(y.primary, x.primary));
            boolean first = true;
            for (Translation t : ordered) {
                String value = t.text();
                if (value.isEmpty()) {
                    continue;
                }
                String script = SCRIPTS.getOrDefault(t.script.toLowerCase(Locale.ROOT), t.script);
                NameKind k = kind;
                if (!"Latn".equals(script) && !script.isEmpty()) {
                    k = first && kind == NameKind.PRIMARY ? NameKind.PRIMARY : NameKind.ORIGINAL_SCRIPT;
                } else if (!first && kind == NameKind.PRIMARY) {
                    k = NameKind.STRONG_ALIAS;
                }
                b.name(new org.tollgate.lists.model.Name(value, k, "Latn".equals(script) ? "" : script));
                first = false;
            }
        }

        private void feature(Feature f, Entity.Builder b, StringBuilder remarks) {
            OfacLabels.Rule rule = OfacLabels.classify(f.type);
            String v = f.value;
            switch (rule.kind()) {
                case BIRTH_DATE -> {
                    Optional<BirthDate> d = OfacDates.birthDate(v);
                    if (d.isEmpty()) {
                        d = OfacDates.fromBounds(f.fromBegin, f.toEnd, f.approximate);
                    } else if (f.approximate && !d.get().circa()) {
                        d = Optional.of(new BirthDate(d.get().from(), d.get().to(), true));
                    }
                    if (d.isPresent()) {
                        b.birthDate(d.get());
                    } else {
                        append(remarks, "DOB " + v);
                    }
                }
                case BIRTH_PLACE -> b.placeOfBirth(v);
                case NATIONALITY, VESSEL_FLAG -> b.nationality(OfacRemarks.orText(code(f.valueRef, v), v));
                case CITIZENSHIP -> b.citizenship(OfacRemarks.orText(code(f.valueRef, v), v));
                case GENDER -> {
                    Gender g = Gender.parse(v);
                    if (g != Gender.UNKNOWN) {
                        b.gender(g);
                    }
                }
                case IDENTIFIER, CALL_SIGN ->
                    OfacRemarks.identifier(rule.type(), f.type, v, "").ifPresent(b::identifier);
                case VESSEL_OWNER -> {
                    if (!v.isEmpty()) {
                        b.link(new Link(LinkKind.OWNED_BY, v, "Vessel Owner"));
                    }
                    append(remarks, f.type + ": " + v);
                }
                case REMARK -> append(remarks, (f.type + " " + v).strip());
            }
        }
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }

    private static void append(StringBuilder b, String item) {
        if (!item.isBlank()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(item.strip());
        }
    }

    /** One entity as read, turned into an {@link Entity} once the whole file (and so every id) is known. */
    private static final class Pending {
        final int index;
        final int line;
        final String id;
        String type = "";
        EntityType entityType = EntityType.OTHER;
        String remarks = "";
        LocalDate listedOn;
        final List<String> lists = new ArrayList<>();
        final List<String> programs = new ArrayList<>();
        final List<NameRec> names = new ArrayList<>();
        final List<AddressRec> addresses = new ArrayList<>();
        final List<Feature> features = new ArrayList<>();
        final List<Document> documents = new ArrayList<>();
        final List<Relation> relations = new ArrayList<>();

        Pending(int index, int line, String id) {
            this.index = index;
            this.line = line;
            this.id = id;
        }

        String where() {
            return "entity #" + index + " (line " + line + (id.isEmpty() ? "" : ", id " + id) + ")";
        }
    }

    private static final class NameRec {
        boolean primary;
        boolean lowQuality;
        String aliasType = "";
        final List<Translation> translations = new ArrayList<>();

        String primaryText() {
            for (Translation t : translations) {
                if (!t.text().isEmpty()) {
                    return t.text();
                }
            }
            return "";
        }
    }

    private static final class Translation {
        boolean primary;
        String script = "";
        String first = "";
        String last = "";
        String full = "";
        final List<String> parts = new ArrayList<>();

        /** The name as OFAC formats it ({@code LAST, First}), built from its parts when not given whole. */
        String text() {
            if (!full.isEmpty()) {
                return full;
            }
            String composed = OfacXmlParser.fullName(last, first);
            return composed.isEmpty() ? String.join(" ", parts).strip() : composed;
        }
    }

    private static final class AddressRec {
        String countryRef = "";
        String country = "";
        Map<String, String> parts;
    }

    private static final class Feature {
        String type = "";
        String value = "";
        String valueRef = "";
        String fromBegin = "";
        String toEnd = "";
        boolean approximate;
    }

    private static final class Document {
        String type = "";
        String number = "";
        String countryRef = "";
        String country = "";
    }

    private static final class Relation {
        String type = "";
        String entityId = "";
        String name = "";
    }
}
