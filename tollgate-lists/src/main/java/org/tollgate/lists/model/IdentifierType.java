package org.tollgate.lists.model;

import java.util.Locale;

/** The kinds of identifying numbers lists publish. */
public enum IdentifierType {
    PASSPORT,
    NATIONAL_ID,
    TAX_ID,
    REGISTRATION_NUMBER,
    IMO_NUMBER,
    MMSI,
    CALL_SIGN,
    AIRCRAFT_REGISTRATION,
    AIRCRAFT_SERIAL,
    DIGITAL_CURRENCY_ADDRESS,
    SWIFT_BIC,
    DRIVING_LICENCE,
    SOCIAL_SECURITY_NUMBER,
    LEI,
    EMAIL,
    PHONE,
    WEBSITE,
    OTHER;

    /** The lower-case code used in JSON ({@code passport}, {@code imo_number}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Classifies a list's own label for an identifier ("Passport", "Vessel Registration Identification",
     * "Digital Currency Address - XBT", "Tax ID No.", ...).
     */
    public static IdentifierType classify(String label) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        if (l.contains("digital currency") || l.contains("crypto") || l.contains("wallet")) {
            return DIGITAL_CURRENCY_ADDRESS;
        }
        if (l.contains("passport")) {
            return PASSPORT;
        }
        if (l.contains("imo") || l.contains("vessel registration") || l.equals("vessel registration identification")) {
            return IMO_NUMBER;
        }
        if (l.contains("mmsi")) {
            return MMSI;
        }
        if (l.contains("call sign")) {
            return CALL_SIGN;
        }
        if (l.contains("aircraft") && (l.contains("serial") || l.contains("manufacturer"))) {
            return AIRCRAFT_SERIAL;
        }
        if (l.contains("aircraft") || l.contains("tail number")) {
            return AIRCRAFT_REGISTRATION;
        }
        if (l.contains("swift") || l.contains("bic")) {
            return SWIFT_BIC;
        }
        if (l.contains("driver") || l.contains("driving")) {
            return DRIVING_LICENCE;
        }
        if (l.contains("ssn") || l.contains("social security")) {
            return SOCIAL_SECURITY_NUMBER;
        }
        if (l.contains("legal entity number") || l.equals("lei")) {
            return LEI;
        }
        if (l.contains("tax") || l.contains("inn") && l.length() <= 4 || l.contains("vat") || l.contains("itin")) {
            return TAX_ID;
        }
        if (l.contains("email")) {
            return EMAIL;
        }
        if (l.contains("phone") || l.contains("fax")) {
            return PHONE;
        }
        if (l.contains("website") || l.contains("web site")) {
            return WEBSITE;
        }
        if (l.contains("national")
                || l.contains("cedula")
                || l.contains("identity")
                || l.contains("id card")
                || l.contains("id no")
                || l.contains("personal id")
                || l.contains("nit ")) {
            return NATIONAL_ID;
        }
        if (l.contains("registration")
                || l.contains("company number")
                || l.contains("business")
                || l.contains("ogrn")
                || l.contains("commercial registry")
                || l.contains("registered")
                || l.contains("chamber of commerce")
                || l.contains("unified social credit")) {
            return REGISTRATION_NUMBER;
        }
        return OTHER;
    }
}
