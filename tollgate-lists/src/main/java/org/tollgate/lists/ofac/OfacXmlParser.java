package org.tollgate.lists.ofac;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.model.Address;
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
 * Reads OFAC's legacy XML ({@code sdnList} in the namespace {@code http://tempuri.org/sdnList.xsd}), the format of
 * SDN.XML and CONSOLIDATED.XML, streaming it with StAX.
 *
 * <p>The source is {@code us_ofac_sdn} unless the options name another, or the file name says it holds the
 * consolidated list (it contains "cons" or "non_sdn"): the two files share one schema and nothing inside them
 * tells them apart. Names are written {@code LAST, First} as in the CSV. The {@code idList} carries more than
 * identifiers: gender, websites and listing facts such as "Secondary sanctions risk:" arrive there too, and are
 * sorted by {@link OfacLabels}; what is no identifier joins the remarks as {@code label value}.
 */
public final class OfacXmlParser implements ListParser {
    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        Run run = new Run(file, options, sourceFor(file, options));
        try (InputStream in = InputFiles.open(path, options.maxBytes())) {
            XMLStreamReader r = SafeXml.reader(in, file);
            try {
                run.document(r);
            } catch (XMLStreamException e) {
                // a document that is not well-formed cannot be read on: report where, keep what was read
                run.problems.report(file, location(e), "malformed XML: " + message(e));
            } finally {
                close(r);
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        List<Entity> entities = run.build();
        ListMetadata meta = new ListMetadata(
                run.source, ListFormat.OFAC_XML, file, Optional.ofNullable(run.published), run.records, run.declared);
        return new ParsedList(meta, entities, run.problems.list(), run.problems.count());
    }

    /** The source of a file: the override, else {@code us_ofac_cons} when the name says consolidated. */
    static String sourceFor(String fileName, ParseOptions options) {
        if (!options.sourceOverride().isEmpty()) {
            return options.sourceOverride();
        }
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.contains("cons") || n.contains("non_sdn") ? "us_ofac_cons" : ListFormat.OFAC_XML.defaultSource();
    }

    static String location(XMLStreamException e) {
        return e.getLocation() == null
                ? "document"
                : "line " + e.getLocation().getLineNumber() + ", column "
                        + e.getLocation().getColumnNumber();
    }

    static String message(XMLStreamException e) {
        return SafeXml.message(e);
    }

    static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // closing a reader of a stream that is closed next anyway cannot lose data
        }
    }

    /** One parse. */
    private static final class Run {
        final String file;
        final Problems problems;
        final String source;
        final OfacCountry countries = new OfacCountry();
        final List<Entry> entries = new ArrayList<>();
        final Set<String> uids = new HashSet<>();
        LocalDate published;
        int declared = -1;
        int records;

        Run(String file, ParseOptions options, String source) {
            this.file = file;
            this.problems = new Problems(options);
            this.source = source;
        }

        void document(XMLStreamReader r) throws XMLStreamException, ListParseException {
            while (r.hasNext() && r.next() != XMLStreamReader.START_ELEMENT) {
                // prolog
            }
            if (!r.isStartElement()) {
                throw new ListParseException(file + ": the document holds no element");
            }
            if (!"sdnList".equals(r.getLocalName())) {
                throw new ListParseException(file + ": not an OFAC legacy XML list: the root element is <"
                        + r.getLocalName() + ">, expected <sdnList>");
            }
            XmlChildren.each(r, name -> {
                switch (name) {
                    case "publshInformation" -> header(r);
                    case "sdnEntry" -> entry(r);
                    default -> SafeXml.skip(r);
                }
            });
        }

        void header(XMLStreamReader r) throws XMLStreamException, ListParseException {
            XmlChildren.each(r, name -> {
                switch (name) {
                    case "Publish_Date" -> {
                        int line = r.getLocation().getLineNumber();
                        String text = SafeXml.text(r);
                        published = OfacDates.usDate(text).orElse(null);
                        if (published == null && !text.isEmpty()) {
                            problems.report(
                                    file,
                                    "line " + line + ", <Publish_Date>",
                                    "'" + text + "' is not a MM/dd/yyyy date");
                        }
                    }
                    case "Record_Count" -> {
                        int line = r.getLocation().getLineNumber();
                        String text = SafeXml.text(r);
                        try {
                            declared = Integer.parseInt(text);
                        } catch (NumberFormatException e) {
                            problems.report(
                                    file, "line " + line + ", <Record_Count>", "'" + text + "' is not a number");
                        }
                    }
                    default -> SafeXml.skip(r);
                }
            });
        }

        void entry(XMLStreamReader r) throws XMLStreamException, ListParseException {
            records++;
            Entry e = new Entry(records, r.getLocation().getLineNumber());
            XmlChildren.each(r, name -> {
                switch (name) {
                    case "uid" -> e.uid = SafeXml.text(r);
                    case "firstName" -> e.first = SafeXml.text(r);
                    case "lastName" -> e.last = SafeXml.text(r);
                    case "title" -> e.title = SafeXml.text(r);
                    case "sdnType" -> e.type = SafeXml.text(r);
                    case "remarks" -> e.remarks = SafeXml.text(r);
                    case "programList" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("program")) {
                                e.programs.add(SafeXml.text(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "idList" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("id")) {
                                e.ids.add(fields(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "akaList" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("aka")) {
                                e.akas.add(fields(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "addressList" ->
                        XmlChildren.each(r, n -> {
                            if (n.equals("address")) {
                                e.addresses.add(fields(r));
                            } else {
                                SafeXml.skip(r);
                            }
                        });
                    case "nationalityList", "citizenshipList", "dateOfBirthList", "placeOfBirthList" -> {
                        List<Fields> target = switch (name) {
                            case "nationalityList" -> e.nationalities;
                            case "citizenshipList" -> e.citizenships;
                            case "dateOfBirthList" -> e.birthDates;
                            default -> e.birthPlaces;
                        };
                        XmlChildren.each(r, n -> target.add(fields(r)));
                    }
                    case "vesselInfo" -> e.vessel = fields(r);
                    default -> SafeXml.skip(r);
                }
            });
            String where =
                    "sdnEntry #" + e.index + " (line " + e.line + (e.uid.isEmpty() ? "" : ", uid " + e.uid) + ")";
            if (e.uid.isEmpty()) {
                problems.report(file, where, "the entry has no <uid>; skipped");
                return;
            }
            if (!uids.add(e.uid)) {
                problems.report(file, where, "uid " + e.uid + " appears twice; the second entry is skipped");
                return;
            }
            if (e.last.isEmpty() && e.first.isEmpty()) {
                problems.report(file, where, "the entry has no <lastName>; skipped");
                return;
            }
            Optional<EntityType> type = EntityType.parse(e.type);
            if (type.isEmpty()) {
                problems.report(
                        file,
                        where + ", <sdnType>",
                        "unknown type '" + e.type
                                + "' (expected Individual, Entity, Vessel or Aircraft); read as other");
            }
            // OFAC leaves sdnType out for no type but writes "Entity" for organisations; both are organisations
            e.entityType = e.type.isEmpty() ? EntityType.ORGANIZATION : type.orElse(EntityType.OTHER);
            entries.add(e);
        }

        /** The simple child elements of the current element, by local name. */
        Fields fields(XMLStreamReader r) throws XMLStreamException, ListParseException {
            Fields f = new Fields();
            XmlChildren.each(r, n -> f.put(n, SafeXml.text(r)));
            return f;
        }

        List<Entity> build() throws ListParseException {
            Set<String> listed = new HashSet<>();
            for (Entry e : entries) {
                listed.add(fullName(e.last, e.first));
            }
            List<Entity> out = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                try {
                    out.add(build(e, listed));
                } catch (IllegalArgumentException ex) {
                    problems.report(
                            file,
                            "sdnEntry #" + e.index + " (line " + e.line + ", uid " + e.uid + ")",
                            "the entry is invalid: " + ex.getMessage());
                }
            }
            return out;
        }

        private Entity build(Entry e, Set<String> listed) {
            Entity.Builder b = Entity.builder(source, e.uid);
            b.name(fullName(e.last, e.first), NameKind.PRIMARY);
            b.type(e.entityType);
            e.programs.forEach(b::program);
            for (Fields aka : e.akas) {
                String category = aka.get("category").toLowerCase(Locale.ROOT);
                String kind = aka.get("type").toLowerCase(Locale.ROOT);
                NameKind k = category.equals("weak")
                        ? NameKind.WEAK_ALIAS
                        : kind.startsWith("f") ? NameKind.FORMER_NAME : NameKind.STRONG_ALIAS;
                b.name(fullName(aka.get("lastName"), aka.get("firstName")), k);
            }
            StringBuilder remarks = new StringBuilder(e.remarks);
            OfacRemarks.extract(e.remarks, b, countries, listed::contains);
            for (Fields id : e.ids) {
                idItem(id, b, remarks);
            }
            for (Fields a : e.addresses) {
                String country = a.get("country");
                b.address(new Address(
                        List.of(a.get("address1"), a.get("address2"), a.get("address3")),
                        a.get("city"),
                        a.get("stateOrProvince"),
                        a.get("postalCode"),
                        countries.code(country),
                        country));
            }
            for (Fields n : e.nationalities) {
                String c = n.get("country");
                b.nationality(OfacRemarks.orText(countries.code(c), c));
            }
            for (Fields n : e.citizenships) {
                String c = n.get("country");
                b.citizenship(OfacRemarks.orText(countries.code(c), c));
            }
            for (Fields d : e.birthDates) {
                String text = d.get("dateOfBirth");
                var date = OfacDates.birthDate(text);
                if (date.isPresent()) {
                    b.birthDate(date.get());
                } else if (!text.isEmpty()) {
                    // an unreadable date is not dropped: it stays as the list wrote it
                    append(remarks, "DOB " + text);
                }
            }
            for (Fields p : e.birthPlaces) {
                b.placeOfBirth(p.get("placeOfBirth"));
            }
            if (!e.title.isEmpty()) {
                append(remarks, "Title: " + e.title);
            }
            if (e.vessel != null) {
                vessel(e.vessel, b, remarks);
            }
            b.remark(remarks.toString());
            return b.build();
        }

        private void idItem(Fields id, Entity.Builder b, StringBuilder remarks) {
            String label = id.get("idType");
            String number = id.get("idNumber");
            String country = id.get("idCountry");
            OfacLabels.Rule rule = OfacLabels.classify(label);
            switch (rule.kind()) {
                case IDENTIFIER, CALL_SIGN ->
                    OfacRemarks.identifier(rule.type(), label, number, countries.code(country))
                            .ifPresent(b::identifier);
                case GENDER -> {
                    Gender g = Gender.parse(number);
                    if (g != Gender.UNKNOWN) {
                        b.gender(g);
                    }
                }
                case NATIONALITY, VESSEL_FLAG -> {
                    String c = number.isEmpty() ? country : number;
                    b.nationality(OfacRemarks.orText(countries.code(c), c));
                }
                case CITIZENSHIP -> {
                    String c = number.isEmpty() ? country : number;
                    b.citizenship(OfacRemarks.orText(countries.code(c), c));
                }
                case BIRTH_DATE -> OfacDates.birthDate(number).ifPresent(b::birthDate);
                case BIRTH_PLACE -> b.placeOfBirth(number);
                case VESSEL_OWNER -> {
                    if (!number.isEmpty()) {
                        b.link(new Link(LinkKind.OWNED_BY, number, "Vessel Owner"));
                    }
                }
                case REMARK ->
                    append(remarks, (label + " " + number + (country.isEmpty() ? "" : " (" + country + ")")).strip());
            }
        }

        private void vessel(Fields v, Entity.Builder b, StringBuilder remarks) {
            OfacRemarks.identifier(IdentifierType.CALL_SIGN, "Call Sign", v.get("callSign"), "")
                    .ifPresent(b::identifier);
            String flag = v.get("vesselFlag");
            if (!flag.isEmpty()) {
                b.nationality(OfacRemarks.orText(countries.code(flag), flag));
            }
            String owner = v.get("vesselOwner");
            if (!owner.isEmpty()) {
                b.link(new Link(LinkKind.OWNED_BY, owner, "Vessel Owner"));
            }
            appendFact(remarks, "Vessel Type", v.get("vesselType"));
            appendFact(remarks, "Tonnage", v.get("tonnage"));
            appendFact(remarks, "GRT", v.get("grossRegisteredTonnage"));
            appendFact(remarks, "Vessel Flag", flag);
            appendFact(remarks, "Vessel Owner", owner);
        }
    }

    /** OFAC's way of writing a name in one string: {@code LAST, First}, or the last name alone. */
    static String fullName(String last, String first) {
        String l = last == null ? "" : last.strip();
        String f = first == null ? "" : first.strip();
        if (f.isEmpty()) {
            return l;
        }
        return l.isEmpty() ? f : l + ", " + f;
    }

    private static void append(StringBuilder b, String item) {
        if (!item.isEmpty()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(item);
        }
    }

    private static void appendFact(StringBuilder b, String label, String value) {
        if (!value.isEmpty()) {
            append(b, label + ": " + value);
        }
    }

    /** One sdnEntry as read, before it is turned into an entity. */
    private static final class Entry {
        final int index;
        final int line;
        String uid = "";
        String first = "";
        String last = "";
        String title = "";
        String type = "";
        EntityType entityType = EntityType.OTHER;
        String remarks = "";
        final List<String> programs = new ArrayList<>();
        final List<Fields> ids = new ArrayList<>();
        final List<Fields> akas = new ArrayList<>();
        final List<Fields> addresses = new ArrayList<>();
        final List<Fields> nationalities = new ArrayList<>();
        final List<Fields> citizenships = new ArrayList<>();
        final List<Fields> birthDates = new ArrayList<>();
        final List<Fields> birthPlaces = new ArrayList<>();
        Fields vessel;

        Entry(int index, int line) {
            this.index = index;
            this.line = line;
        }
    }

    /** The text children of one small element ({@code <id>}, {@code <aka>}, {@code <address>}, ...). */
    private static final class Fields {
        private final java.util.Map<String, String> values = new java.util.HashMap<>();

        void put(String name, String value) {
            values.put(name, value);
        }

        /** The text of a child, or the empty string. */
        String get(String name) {
            return values.getOrDefault(name, "");
        }
    }
}
