package org.tollgate.lists.opensanctions;

import java.util.Locale;
import org.tollgate.lists.country.Countries;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.NameKind;

/** Value rules shared by the OpenSanctions formats. */
final class OsValues {
    private OsValues() {}

    /**
     * An OpenSanctions country code as Tollgate keeps it: ISO alpha-2 in upper case ({@code ru} to {@code RU});
     * codes outside ISO 3166-1 that OpenSanctions uses ({@code suhh} for the Soviet Union, {@code eu}) stay as
     * written, upper-cased.
     */
    static String country(String code) {
        String c = code.strip();
        if (Countries.isAlpha2(c.toUpperCase(Locale.ROOT))) {
            return c.toUpperCase(Locale.ROOT);
        }
        return Countries.alpha2(c).orElse(c.toUpperCase(Locale.ROOT));
    }

    /** An address holding only a country, for the "countries" OpenSanctions associates with an entity. */
    static Address countryOnly(String code) {
        String c = country(code);
        boolean iso = Countries.isAlpha2(c);
        return new Address(null, "", "", "", iso ? c : "", iso ? "" : code.strip());
    }

    /** Whether a name has letters of a script other than Latin (Cyrillic, Arabic, Han, ...). */
    static boolean nonLatin(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s != Character.UnicodeScript.LATIN
                        && s != Character.UnicodeScript.COMMON
                        && s != Character.UnicodeScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The kind of a full name or alias: original script when it is not written in Latin letters. */
    static NameKind aliasKind(String name) {
        return nonLatin(name) ? NameKind.ORIGINAL_SCRIPT : NameKind.STRONG_ALIAS;
    }

    /** An IMO number without OpenSanctions' {@code IMO} prefix ({@code IMO9253325} to {@code 9253325}). */
    static String imoDigits(String value) {
        return value.strip().replaceFirst("(?i)^imo[\\s:]*", "");
    }

    /**
     * Reads one untyped identifier of targets.simple.csv: {@code IMO9253325} is an IMO number; anything else
     * is kept as written, of unknown type.
     */
    static Identifier untypedIdentifier(String value) {
        String v = value.strip();
        if (v.matches("(?i)IMO\\s*\\d{7}")) {
            return new Identifier(IdentifierType.IMO_NUMBER, imoDigits(v), "", "IMO");
        }
        return new Identifier(IdentifierType.OTHER, v, "", "");
    }

    /**
     * Removes the CSV quoting that OpenSanctions' exports sometimes leave inside a value ({@code "text with
     * ""quotes"""} or an empty {@code ""}).
     */
    static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\"\"", "\"").strip();
        }
        return v;
    }
}
