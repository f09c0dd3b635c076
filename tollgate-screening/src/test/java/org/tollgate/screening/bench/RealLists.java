package org.tollgate.screening.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.CsvReader;
import org.tollgate.lists.parse.SafeXml;
import org.tollgate.screening.NameStrength;
import org.tollgate.screening.Party;
import org.tollgate.screening.PartyName;

/**
 * Reads parties straight from the real list files for tests and benchmarks, with just enough parsing for
 * names, types, birth dates, nationalities and IMO / passport numbers. It stands in until the list
 * parsers of tollgate-lists are there; it is no parser (errors are not reported, only skipped).
 */
public final class RealLists {
    private static final Pattern DOB = Pattern.compile("DOB (?:circa )?((?:\\d{1,2} )?(?:[A-Z][a-z]{2} )?\\d{4})");
    private static final Pattern NATIONALITY = Pattern.compile("[Nn]ationality ([A-Za-z ]+?)[;.]");
    private static final Pattern IMO = Pattern.compile("IMO (\\d{7})");
    private static final Pattern PASSPORT = Pattern.compile("Passport ([A-Z0-9]{5,})");
    private static final Pattern WEAK = Pattern.compile("a\\.k\\.a\\. '([^']+)'");

    private RealLists() {}

    /** OFAC SDN (2024-05-03) with strong aliases from alt.csv and weak ones from the remarks, then the rest. */
    public static List<Party> all(Path data) throws IOException {
        List<Party> out = new ArrayList<>();
        out.addAll(ofac(
                data.resolve("ofac_sdn_2024-05-03/sdn.csv"),
                data.resolve("ofac_sdn_aux_2025-12/alt.csv"),
                "us_ofac_sdn"));
        out.addAll(ofac(
                data.resolve("ofac_consolidated_nonsdn_csv_2025-12/cons_prim.csv"),
                data.resolve("ofac_consolidated_nonsdn_csv_2025-12/cons_alt.csv"),
                "us_ofac_cons"));
        out.addAll(un(data.resolve("un_sc_consolidated_2026-02-27/UN_consolidated.xml")));
        out.addAll(csl(data.resolve("us_trade_csl_2022-05/consolidated.csv.gz")));
        return out;
    }

    static List<List<String>> csv(Path file, Charset cs) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        InputStream raw = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            raw = new GZIPInputStream(raw);
        }
        try (CsvReader r = new CsvReader(raw, cs)) {
            List<String> row;
            while ((row = r.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String field(List<String> row, int i) {
        if (i >= row.size()) {
            return "";
        }
        String s = row.get(i).strip();
        return s.equals("-0-") ? "" : s;
    }

    public static List<Party> ofac(Path prim, Path alt, String source) throws IOException {
        Map<String, List<String>> alts = new HashMap<>();
        for (List<String> r : csv(alt, StandardCharsets.ISO_8859_1)) {
            String name = field(r, 3);
            if (!name.isEmpty()) {
                alts.computeIfAbsent(field(r, 0), k -> new ArrayList<>()).add(name);
            }
        }
        List<Party> out = new ArrayList<>();
        for (List<String> r : csv(prim, StandardCharsets.ISO_8859_1)) {
            String ent = field(r, 0);
            String name = field(r, 1);
            if (ent.isEmpty() || name.isEmpty()) {
                continue;
            }
            EntityType type = switch (field(r, 2)) {
                case "individual" -> EntityType.PERSON;
                case "vessel" -> EntityType.VESSEL;
                case "aircraft" -> EntityType.AIRCRAFT;
                default -> EntityType.ORGANIZATION;
            };
            String remarks = field(r, 11);
            List<PartyName> names = new ArrayList<>();
            names.add(PartyName.strong(name));
            for (String a : alts.getOrDefault(ent, List.of())) {
                names.add(PartyName.strong(a));
            }
            Matcher w = WEAK.matcher(remarks);
            while (w.find()) {
                names.add(new PartyName(w.group(1), NameStrength.WEAK));
            }
            List<BirthDate> dobs = new ArrayList<>();
            Matcher d = DOB.matcher(remarks);
            while (d.find()) {
                PartialDate.parse(d.group(1)).ifPresent(p -> dobs.add(BirthDate.of(p)));
            }
            List<String> countries = new ArrayList<>();
            Matcher n = NATIONALITY.matcher(remarks);
            while (n.find()) {
                Countries.alpha2(n.group(1)).ifPresent(countries::add);
            }
            List<Identifier> ids = new ArrayList<>();
            Matcher imo = IMO.matcher(remarks);
            while (imo.find()) {
                ids.add(new Identifier(IdentifierType.IMO_NUMBER, "IMO " + imo.group(1), "", "IMO"));
            }
            Matcher pp = PASSPORT.matcher(remarks);
            while (pp.find()) {
                ids.add(new Identifier(IdentifierType.PASSPORT, pp.group(1), "", "Passport"));
            }
            out.add(new Party(source + ":" + ent, source, ent, type, names, dobs, countries, ids, Optional.empty()));
        }
        return out;
    }

    public static List<Party> un(Path xml) throws IOException {
        List<Party> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = SafeXml.reader(in, xml.getFileName().toString());
            Map<String, List<String>> cur = null;
            List<String[]> aliases = null;
            String el = null;
            StringBuilder text = new StringBuilder();
            String section = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    el = r.getLocalName();
                    text.setLength(0);
                    if (el.equals("INDIVIDUAL") || el.equals("ENTITY")) {
                        cur = new LinkedHashMap<>();
                        aliases = new ArrayList<>();
                        cur.put("kind", List.of(el));
                    } else if (cur != null
                            && (el.endsWith("_ALIAS") || el.endsWith("DATE_OF_BIRTH") || el.equals("NATIONALITY"))) {
                        section = el;
                        if (el.endsWith("_ALIAS")) {
                            aliases.add(new String[] {"", ""});
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String end = r.getLocalName();
                    String t = text.toString().strip();
                    text.setLength(0);
                    if (cur == null) {
                        continue;
                    }
                    if (end.equals("INDIVIDUAL") || end.equals("ENTITY")) {
                        Party p = unParty(cur, aliases);
                        if (p != null) {
                            out.add(p);
                        }
                        cur = null;
                    } else if (section != null && end.equals(section)) {
                        section = null;
                    } else if (t.isEmpty()) {
                        continue;
                    } else if (section != null && section.endsWith("_ALIAS")) {
                        String[] a = aliases.get(aliases.size() - 1);
                        if (end.equals("QUALITY")) {
                            a[0] = t;
                        } else if (end.equals("ALIAS_NAME")) {
                            a[1] = t;
                        }
                    } else if (section != null && section.endsWith("DATE_OF_BIRTH")) {
                        if (end.equals("DATE") || end.equals("YEAR")) {
                            cur.computeIfAbsent("dob", k -> new ArrayList<>()).add(t);
                        }
                    } else if (section != null && section.equals("NATIONALITY") && end.equals("VALUE")) {
                        cur.computeIfAbsent("nat", k -> new ArrayList<>()).add(t);
                    } else if (section == null) {
                        cur.computeIfAbsent(end, k -> new ArrayList<>()).add(t);
                    }
                }
            }
        } catch (XMLStreamException | org.tollgate.lists.parse.ListParseException e) {
            throw new IOException(e);
        }
        return out;
    }

    private static Party unParty(Map<String, List<String>> m, List<String[]> aliases) {
        String ref = first(m, "REFERENCE_NUMBER");
        if (ref.isEmpty()) {
            ref = first(m, "DATAID");
        }
        StringBuilder name = new StringBuilder();
        for (String k : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String v = first(m, k);
            if (!v.isEmpty()) {
                name.append(name.length() > 0 ? " " : "").append(v);
            }
        }
        if (name.length() == 0) {
            return null;
        }
        boolean person = first(m, "kind").equals("INDIVIDUAL");
        List<PartyName> names = new ArrayList<>();
        names.add(PartyName.strong(name.toString()));
        for (String[] a : aliases) {
            if (!a[1].isBlank()) {
                names.add(new PartyName(a[1], a[0].equalsIgnoreCase("Low") ? NameStrength.WEAK : NameStrength.STRONG));
            }
        }
        String orig = first(m, "NAME_ORIGINAL_SCRIPT");
        if (!orig.isEmpty()) {
            names.add(new PartyName(orig, NameStrength.ORIGINAL_SCRIPT));
        }
        List<BirthDate> dobs = new ArrayList<>();
        for (String d : m.getOrDefault("dob", List.of())) {
            PartialDate.parse(d).ifPresent(p -> dobs.add(BirthDate.of(p)));
        }
        List<String> countries = new ArrayList<>();
        for (String c : m.getOrDefault("nat", List.of())) {
            Countries.alpha2(c).ifPresent(countries::add);
        }
        return new Party(
                "un_sc:" + ref,
                "un_sc",
                ref,
                person ? EntityType.PERSON : EntityType.ORGANIZATION,
                names,
                dobs,
                countries,
                List.of(),
                Optional.empty());
    }

    private static String first(Map<String, List<String>> m, String k) {
        List<String> l = m.get(k);
        return l == null || l.isEmpty() ? "" : l.get(0);
    }

    public static List<Party> csl(Path gz) throws IOException {
        List<List<String>> rows = csv(gz, StandardCharsets.UTF_8);
        List<String> header = rows.get(0);
        int id = header.indexOf("_id");
        int type = header.indexOf("type");
        int name = header.indexOf("name");
        int alt = header.indexOf("alt_names");
        int dob = header.indexOf("dates_of_birth");
        int nat = header.indexOf("nationalities");
        List<Party> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String n = field(r, name);
            if (!seen.add(field(r, id))) {
                continue;
            }
            if (n.isEmpty()) {
                continue;
            }
            EntityType t = switch (field(r, type)) {
                case "Individual" -> EntityType.PERSON;
                case "Vessel" -> EntityType.VESSEL;
                case "Aircraft" -> EntityType.AIRCRAFT;
                case "Entity" -> EntityType.ORGANIZATION;
                default -> EntityType.OTHER;
            };
            List<PartyName> names = new ArrayList<>();
            names.add(PartyName.strong(n));
            for (String a : field(r, alt).split(";")) {
                if (!a.isBlank()) {
                    names.add(PartyName.strong(a));
                }
            }
            List<BirthDate> dobs = new ArrayList<>();
            for (String d : field(r, dob).split(";")) {
                PartialDate.parse(d.strip()).ifPresent(p -> dobs.add(BirthDate.of(p)));
            }
            List<String> countries = new ArrayList<>();
            for (String c : field(r, nat).split(";")) {
                Countries.alpha2(c.strip()).ifPresent(countries::add);
            }
            String ref = field(r, id);
            out.add(new Party(
                    "us_trade_csl:" + ref,
                    "us_trade_csl",
                    ref,
                    t,
                    names,
                    dobs,
                    countries,
                    List.of(),
                    Optional.empty()));
        }
        return out;
    }
}
