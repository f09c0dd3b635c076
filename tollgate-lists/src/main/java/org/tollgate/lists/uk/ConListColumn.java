package org.tollgate.lists.uk;

import java.util.List;
import java.util.Locale;

/**
 * The columns of OFSI's consolidated list ("ConList") that the parser reads, with the header spellings seen
 * in its CSV and XLSX publications. Columns not listed here are tolerated and ignored.
 */
enum ConListColumn {
    NAME_6("Name 6"),
    NAME_1("Name 1"),
    NAME_2("Name 2"),
    NAME_3("Name 3"),
    NAME_4("Name 4"),
    NAME_5("Name 5"),
    TITLE("Title"),
    NAME_NON_LATIN("Name Non-Latin Script"),
    NON_LATIN_TYPE("Non-Latin Script Type"),
    NON_LATIN_LANGUAGE("Non-Latin Script Language"),
    DOB("DOB", "Date of Birth"),
    TOWN_OF_BIRTH("Town of Birth"),
    COUNTRY_OF_BIRTH("Country of Birth"),
    NATIONALITY("Nationality"),
    PASSPORT_NUMBER("Passport Number"),
    PASSPORT_DETAILS("Passport Details"),
    NATIONAL_ID_NUMBER("National Identification Number", "NI Number"),
    NATIONAL_ID_DETAILS("National Identification Details", "NI Details"),
    POSITION("Position"),
    ADDRESS_1("Address 1"),
    ADDRESS_2("Address 2"),
    ADDRESS_3("Address 3"),
    ADDRESS_4("Address 4"),
    ADDRESS_5("Address 5"),
    ADDRESS_6("Address 6"),
    POST_CODE("Post/Zip Code", "Postcode", "Post Code"),
    COUNTRY("Country"),
    OTHER_INFORMATION("Other Information"),
    GROUP_TYPE("Group Type"),
    ALIAS_TYPE("Alias Type"),
    ALIAS_QUALITY("Alias Quality"),
    REGIME("Regime"),
    LISTED_ON("Listed On"),
    DATE_DESIGNATED("UK Sanctions List Date Designated"),
    LAST_UPDATED("Last Updated"),
    GROUP_ID("Group ID"),
    // Ship columns of newer publications; older files carry the same facts inside Other Information.
    IMO_NUMBER("IMO number", "IMO"),
    FLAG("Current believed flag of ship", "Flag of ship", "Flag"),
    PREVIOUS_FLAGS("Previous flags"),
    CURRENT_OWNERS("Current owner/operator (s)", "Current owners", "Current owner/operator(s)"),
    HULL_ID("Hull identification number (HIN)");

    /** The columns a file must have to be read as a ConList at all. */
    static final List<ConListColumn> REQUIRED = List.of(NAME_6, GROUP_TYPE, GROUP_ID);

    private final List<String> headers;

    ConListColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** The header text as OFSI writes it, for messages. */
    String header() {
        return headers.get(0);
    }

    /** Whether a header cell names this column (case and spacing ignored). */
    boolean matches(String header) {
        String h = key(header);
        for (String candidate : headers) {
            if (key(candidate).equals(h)) {
                return true;
            }
        }
        return false;
    }

    static String key(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
