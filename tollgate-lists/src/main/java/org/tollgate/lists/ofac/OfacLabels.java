package org.tollgate.lists.ofac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tollgate.lists.model.IdentifierType;

/**
 * What OFAC's labels mean. The same labels appear as the lead words of the legacy CSV remarks ("Passport A123
 * (Iran)"), as {@code idType} in the legacy XML and as document and feature types in the ENHANCED XML, so all three
 * parsers classify them here.
 */
final class OfacLabels {
    /** What a labelled value is in the canonical model. */
    enum Kind {
        IDENTIFIER,
        GENDER,
        NATIONALITY,
        CITIZENSHIP,
        BIRTH_DATE,
        BIRTH_PLACE,
        CALL_SIGN,
        VESSEL_FLAG,
        VESSEL_OWNER,
        /** Kept as text in the remarks only. */
        REMARK
    }

    /** A classified label. */
    record Rule(Kind kind, IdentifierType type) {}

    /**
     * Identifier labels as OFAC writes them, with their type. Gathered from the real files (every label that occurs
     * in the remarks of the 2024 SDN CSV, and the ID DOCUMENT TYPE values of the ENHANCED reference section).
     */
    private static final Map<String, IdentifierType> IDENTIFIERS = identifiers();

    /**
     * The identifier labels by their first word, each list longest first, so that an item finds the most specific
     * label ("Business Registration Document #" before "Business Number") after one hash lookup.
     */
    private static final Map<String, List<String>> BY_FIRST_WORD = byFirstWord();

    /** Labels whose values are facts about a listing, not identifiers, though their words look like one. */
    private static final List<String> REMARK_PREFIXES = List.of(
            "secondary sanctions risk",
            "executive order",
            "additional sanctions information",
            "transactions prohibited",
            "listing date",
            "effective date",
            "purchase/sales",
            "target type",
            "organization type",
            "organization established date",
            "caatsa",
            "ifca",
            "peesa",
            "issuer name",
            "aircraft model",
            "aircraft operator",
            "aircraft manufacture date",
            "vessel year of build",
            "former vessel flag",
            "other vessel flag",
            "vessel type",
            "other vessel type",
            "vessel tonnage",
            "vessel gross registered tonnage",
            "chinese commercial code",
            "for more information");

    private OfacLabels() {}

    private static Map<String, IdentifierType> identifiers() {
        Map<String, IdentifierType> m = new HashMap<>();
        put(
                m,
                IdentifierType.PASSPORT,
                "Passport",
                "Diplomatic Passport",
                "British National Overseas Passport",
                "Stateless Person Passport",
                "Travel Document Number",
                "Seafarer's Identification Document");
        put(
                m,
                IdentifierType.NATIONAL_ID,
                "National ID No.",
                "Cedula No.",
                "C.U.R.P.",
                "D.N.I.",
                "Identification Number",
                "Personal ID Card",
                "Kenyan ID No.",
                "Bosnian Personal ID No.",
                "Moroccan Personal ID No.",
                "Turkish Identification Number",
                "Tazkira National ID Card",
                "Numero de Identidad",
                "C.U.I.",
                "C.U.I.P.",
                "C.I.N.",
                "Citizen's Card Number",
                "UAE Identification",
                "National Foreign ID Number",
                "Residency Number",
                "CNP (Personal Numerical Code)",
                "I.F.E.",
                "Credencial electoral",
                "Electoral Registry No.",
                "Birth Certificate Number",
                "Refugee ID Card",
                "Stateless Person ID Card",
                "Romanian Permanent Resident",
                "N.I.E.",
                "Immigration No.",
                "Public Security and Immigration No.",
                "Cartilla de Servicio Militar Nacional",
                "Military Registration Number",
                "VisaNumberID");
        put(
                m,
                IdentifierType.TAX_ID,
                "Tax ID No.",
                "R.F.C.",
                "RFC",
                "NIT #",
                "RUC #",
                "RIF #",
                "V.A.T. Number",
                "C.U.I.T.",
                "C.I.F.",
                "N.I.F.",
                "Italian Fiscal Code",
                "Fiscal Code",
                "US FEIN",
                "Paraguayan tax identification number",
                "Romanian Tax Registration",
                "Numero Unico de Identificacao Tributaria (NUIT)",
                "RTN",
                "RSIN");
        put(
                m,
                IdentifierType.REGISTRATION_NUMBER,
                "Registration Number",
                "Registration ID",
                "Business Registration Number",
                "Business Registration Document #",
                "Commercial Registry Number",
                "Company Number",
                "UK Company Number",
                "C.R. No.",
                "Romanian C.R.",
                "Folio Mercantil No.",
                "Matricula Mercantil No",
                "Matricula Mercantil No.",
                "Trade License No.",
                "Chamber of Commerce Number",
                "Istanbul Chamber of Comm. No.",
                "Dubai Chamber of Commerce Membership No.",
                "Unified Social Credit Code (USCC)",
                "United Social Credit Code Certificate (USCCC)",
                "Government Gazette Number",
                "Public Registration Number",
                "Enterprise Number",
                "Business Number",
                "Certificate of Incorporation Number",
                "Economic Register Number (CBLS)",
                "Central Registration System Number",
                "Registration Certificate Number (Dubai)",
                "Organization Code",
                "Branch Unit Number",
                "Registered Charity No.",
                "License",
                "Tourism License No.",
                "MSB Registration Number",
                "Afghan Money Service Provider License Number",
                "Russian State Individual Business Registration Number Pattern (OGRNIP)",
                "D-U-N-S Number",
                "Permit Number",
                "SRE Permit No.",
                "LE Number");
        put(m, IdentifierType.DRIVING_LICENCE, "Driver's License No.");
        put(m, IdentifierType.SOCIAL_SECURITY_NUMBER, "SSN");
        put(m, IdentifierType.LEI, "Legal Entity Number");
        put(m, IdentifierType.SWIFT_BIC, "SWIFT/BIC");
        put(m, IdentifierType.EMAIL, "Email Address");
        put(m, IdentifierType.PHONE, "Phone Number", "Telephone", "Telephone:", "Fax", "Fax:");
        put(m, IdentifierType.WEBSITE, "Website");
        put(m, IdentifierType.IMO_NUMBER, "Vessel Registration Identification");
        put(m, IdentifierType.MMSI, "MMSI");
        put(m, IdentifierType.CALL_SIGN, "Vessel Call Sign", "Other Vessel Call Sign", "Call Sign");
        put(
                m,
                IdentifierType.AIRCRAFT_SERIAL,
                "Aircraft Manufacturer's Serial Number (MSN)",
                "Aircraft Construction Number (also called L/N or S/N or F/N)",
                "Aircraft Serial Identification");
        put(m, IdentifierType.AIRCRAFT_REGISTRATION, "Aircraft Tail Number");
        put(
                m,
                IdentifierType.OTHER,
                "ISIN",
                "Equity Ticker",
                "BIK (RU)",
                "Global Intermediary Identification Number",
                "Serial No.",
                "File Number",
                "Pilot License Number",
                "Trademark number");
        return Map.copyOf(m);
    }

    private static void put(Map<String, IdentifierType> m, IdentifierType type, String... labels) {
        for (String l : labels) {
            m.put(l, type);
        }
    }

    private static Map<String, List<String>> byFirstWord() {
        Map<String, List<String>> m = new HashMap<>();
        for (String label : IDENTIFIERS.keySet()) {
            m.computeIfAbsent(firstWord(label), k -> new ArrayList<>()).add(label);
        }
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> {
            v.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            out.put(k, List.copyOf(v));
        });
        return Map.copyOf(out);
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /**
     * The identifier label a remarks item starts with ("Passport" in "Passport A123 (Iran)"), followed by a space;
     * or the empty string.
     */
    static String identifierPrefix(String item) {
        for (String label : BY_FIRST_WORD.getOrDefault(firstWord(item), List.of())) {
            if (item.length() > label.length() + 1 && item.startsWith(label) && item.charAt(label.length()) == ' ') {
                return label;
            }
        }
        return "";
    }

    /** The type of an identifier label known from the table, or OTHER. */
    static IdentifierType identifierType(String label) {
        return IDENTIFIERS.getOrDefault(label, IdentifierType.OTHER);
    }

    /**
     * Classifies a label given apart from its value (XML {@code idType}, ENHANCED feature and document types).
     * Labels no rule knows become identifiers when their words name one, else remarks.
     */
    static Rule classify(String label) {
        String l = label == null ? "" : label.strip();
        String lower = l.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "gender":
                return new Rule(Kind.GENDER, IdentifierType.OTHER);
            case "nationality", "nationality country", "nationality of registration":
                return new Rule(Kind.NATIONALITY, IdentifierType.OTHER);
            case "citizen", "citizenship", "citizenship country":
                return new Rule(Kind.CITIZENSHIP, IdentifierType.OTHER);
            case "birthdate", "dob", "date of birth":
                return new Rule(Kind.BIRTH_DATE, IdentifierType.OTHER);
            case "place of birth", "pob":
                return new Rule(Kind.BIRTH_PLACE, IdentifierType.OTHER);
            case "vessel call sign", "call sign":
                return new Rule(Kind.CALL_SIGN, IdentifierType.CALL_SIGN);
            case "vessel flag":
                return new Rule(Kind.VESSEL_FLAG, IdentifierType.OTHER);
            case "vessel owner":
                return new Rule(Kind.VESSEL_OWNER, IdentifierType.OTHER);
            default:
                break;
        }
        if (lower.startsWith("digital currency address")) {
            return new Rule(Kind.IDENTIFIER, IdentifierType.DIGITAL_CURRENCY_ADDRESS);
        }
        IdentifierType known = IDENTIFIERS.get(l);
        if (known != null) {
            return new Rule(Kind.IDENTIFIER, known);
        }
        for (String prefix : REMARK_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return new Rule(Kind.REMARK, IdentifierType.OTHER);
            }
        }
        IdentifierType guessed = IdentifierType.classify(l);
        return guessed == IdentifierType.OTHER
                ? new Rule(Kind.REMARK, IdentifierType.OTHER)
                : new Rule(Kind.IDENTIFIER, guessed);
    }
}
