package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.Gender;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;

/** Extraction of the facts OFAC writes into its legacy remarks, item by item (items copied from the real files). */
class OfacRemarksTest {
    private static Entity extract(String remarks) {
        return extract(remarks, Set.of());
    }

    private static Entity extract(String remarks, Set<String> listed) {
        Entity.Builder b = Entity.builder("us_ofac_sdn", "1").name("TEST", NameKind.PRIMARY);
        OfacRemarks.extract(remarks, b, new OfacCountry(), listed::contains);
        return b.build();
    }

    @Test
    void birthDatesInEveryForm() {
        Entity e = extract("DOB 10 Dec 1948; alt. DOB 1936; alt. DOB circa 1951; DOB Mar 1945; DOB 1960 to 1962; "
                + "DOB 01 Jan 1976 to 31 Dec 1978; DOB Jan 1960 to Mar 1962; DOB circa 1979-1982; DOB circa 01 Feb 1950; "
                + "DOB 12 Jul 1986.");
        assertThat(e.birthDates())
                .containsExactly(
                        BirthDate.of(new PartialDate(1948, 12, 10)),
                        BirthDate.of(PartialDate.ofYear(1936)),
                        new BirthDate(PartialDate.ofYear(1951), PartialDate.ofYear(1951), true),
                        BirthDate.of(new PartialDate(1945, 3, 0)),
                        new BirthDate(PartialDate.ofYear(1960), PartialDate.ofYear(1962), false),
                        new BirthDate(PartialDate.ofYear(1976), PartialDate.ofYear(1978), false),
                        new BirthDate(new PartialDate(1960, 1, 0), new PartialDate(1962, 3, 0), false),
                        new BirthDate(PartialDate.ofYear(1979), PartialDate.ofYear(1982), true),
                        new BirthDate(new PartialDate(1950, 2, 1), new PartialDate(1950, 2, 1), true),
                        BirthDate.of(new PartialDate(1986, 7, 12)));
    }

    @Test
    void anUnreadableDateIsLeftInTheRemarksOnly() {
        assertThat(extract("DOB 31 Feb 1960; DOB sometime").birthDates()).isEmpty();
    }

    @Test
    void placesNationalitiesCitizenshipAndGender() {
        Entity e = extract(
                "POB Tehran, Iran; alt. POB Ghar el-dimaa, Tunisia; nationality Iran; alt. nationality Korea, "
                        + "North; nationality Palestinian; nationality None Identified; citizen Mexico; Gender Female.");
        assertThat(e.placesOfBirth()).containsExactly("Tehran, Iran", "Ghar el-dimaa, Tunisia");
        // alpha-2 where the country is known, the text as written otherwise
        assertThat(e.nationalities()).containsExactly("IR", "KP", "PS", "None Identified");
        assertThat(e.citizenships()).containsExactly("MX");
        assertThat(e.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void identityDocumentsWithCountryIssueAndExpiry() {
        Entity e = extract("Passport 1084010 (Egypt); alt. Passport BE5978421 (Pakistan) issued 14 Nov 2007 expires 12 "
                + "Nov 2012; Passport 7512345678 expires 30 Oct 2012; National ID No. 216040 (Yemen); Cedula No. "
                + "V-8348784 (Venezuela); Tax ID No. AABA 670850 Y; C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968; "
                + "Diplomatic Passport 008827 (Iran) issued 1999; Driver's License No. 180839 (Mexico); SSN "
                + "523-33-8386 (United States); Identification Number AO 2879097 (Italy) expires 30 Oct 2012.");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "1084010", "EG", "Passport"),
                        new Identifier(IdentifierType.PASSPORT, "BE5978421", "PK", "Passport"),
                        new Identifier(IdentifierType.PASSPORT, "7512345678", "", "Passport"),
                        new Identifier(IdentifierType.NATIONAL_ID, "216040", "YE", "National ID No."),
                        new Identifier(IdentifierType.NATIONAL_ID, "V-8348784", "VE", "Cedula No."),
                        new Identifier(IdentifierType.TAX_ID, "AABA 670850 Y", "", "Tax ID No."),
                        new Identifier(IdentifierType.NATIONAL_ID, "AIMM67125HCHRRG06", "MX", "C.U.R.P."),
                        new Identifier(IdentifierType.PASSPORT, "008827", "IR", "Diplomatic Passport"),
                        new Identifier(IdentifierType.DRIVING_LICENCE, "180839", "MX", "Driver's License No."),
                        new Identifier(IdentifierType.SOCIAL_SECURITY_NUMBER, "523-33-8386", "US", "SSN"),
                        new Identifier(IdentifierType.NATIONAL_ID, "AO 2879097", "IT", "Identification Number"));
    }

    @Test
    void companyNumbersAndContactDetails() {
        Entity e = extract("Registration Number 26740 (Iran); Business Registration Document # F01000003035 (United "
                + "States); Business Registration Number 1037739709138 (Russia); Unified Social Credit Code (USCC) "
                + "9113100033607322XK (China); Economic Register Number (CBLS) 11582964 (United Arab Emirates); "
                + "Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); SWIFT/BIC HAVIGB2L; Website www.havanaintbank.co.uk; "
                + "Email Address info@example.ir; Telephone: 0097282851500; Company Number IMO 5055293; NIT # "
                + "800018928-0 (Colombia); Public Registration Number 467323, Doc. 694710 (Panama)");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "26740", "IR", "Registration Number"),
                        new Identifier(
                                IdentifierType.REGISTRATION_NUMBER,
                                "F01000003035",
                                "US",
                                "Business Registration Document #"),
                        new Identifier(
                                IdentifierType.REGISTRATION_NUMBER,
                                "1037739709138",
                                "RU",
                                "Business Registration Number"),
                        new Identifier(
                                IdentifierType.REGISTRATION_NUMBER,
                                "9113100033607322XK",
                                "CN",
                                "Unified Social Credit Code (USCC)"),
                        new Identifier(
                                IdentifierType.REGISTRATION_NUMBER,
                                "11582964",
                                "AE",
                                "Economic Register Number (CBLS)"),
                        new Identifier(IdentifierType.LEI, "253400V1H6ART1UQ0N98", "RU", "Legal Entity Number"),
                        new Identifier(IdentifierType.SWIFT_BIC, "HAVIGB2L", "", "SWIFT/BIC"),
                        new Identifier(IdentifierType.WEBSITE, "www.havanaintbank.co.uk", "", "Website"),
                        new Identifier(IdentifierType.EMAIL, "info@example.ir", "", "Email Address"),
                        new Identifier(IdentifierType.PHONE, "0097282851500", "", "Telephone:"),
                        // an IMO company number is not a ship's IMO number
                        new Identifier(IdentifierType.REGISTRATION_NUMBER, "IMO 5055293", "", "Company Number"),
                        new Identifier(IdentifierType.TAX_ID, "800018928-0", "CO", "NIT #"),
                        new Identifier(
                                IdentifierType.REGISTRATION_NUMBER,
                                "467323, Doc. 694710",
                                "PA",
                                "Public Registration Number"));
    }

    @Test
    void vesselAndAircraftIdentifiers() {
        Entity e = extract("Vessel Registration Identification IMO 7406784; MMSI 572469210; Identification Number IMO "
                + "9187629; Aircraft Manufacturer's Serial Number (MSN) 1023409321; Aircraft Construction Number (also "
                + "called L/N or S/N or F/N) 8401; Aircraft Tail Number EP-MMH; Aircraft Model IL76-TD; Former Vessel "
                + "Flag Malta");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.IMO_NUMBER, "7406784", "", "Vessel Registration Identification"),
                        new Identifier(IdentifierType.MMSI, "572469210", "", "MMSI"),
                        new Identifier(IdentifierType.IMO_NUMBER, "9187629", "", "Identification Number"),
                        new Identifier(
                                IdentifierType.AIRCRAFT_SERIAL,
                                "1023409321",
                                "",
                                "Aircraft Manufacturer's Serial Number (MSN)"),
                        new Identifier(
                                IdentifierType.AIRCRAFT_SERIAL,
                                "8401",
                                "",
                                "Aircraft Construction Number (also called L/N or S/N or F/N)"),
                        new Identifier(IdentifierType.AIRCRAFT_REGISTRATION, "EP-MMH", "", "Aircraft Tail Number"));
    }

    @Test
    void digitalCurrencyAddressesKeepTheCurrencyInTheLabel() {
        Entity e = extract("Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; alt. Digital Currency "
                + "Address - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c; Digital Currency Address - XMR "
                + "4JUdGzvrMFDWrUUwY3toJATSeNwjn54LkCnKBPRzDuhzi5vSepHfUckJNxRL2gjkNrSqtCoRUrEDAgRwsQvVCjZbRy5YQ6a; "
                + "Digital Currency Address - USDT 0x7F19720A857F834887FC9A7bC0a0fBe7Fc7f8102; Digital Currency "
                + "Address - TRX TXmVthgn6AsCSiWUqizUPRTv2fnjyKsH4h.");
        assertThat(e.identifiers()).extracting(Identifier::type).containsOnly(IdentifierType.DIGITAL_CURRENCY_ADDRESS);
        assertThat(e.identifiers())
                .extracting(Identifier::label)
                .containsExactly(
                        "Digital Currency Address - XBT",
                        "Digital Currency Address - ETH",
                        "Digital Currency Address - XMR",
                        "Digital Currency Address - USDT",
                        "Digital Currency Address - TRX");
        assertThat(e.identifiers().get(4).value()).isEqualTo("TXmVthgn6AsCSiWUqizUPRTv2fnjyKsH4h");
    }

    @Test
    void weakAliasesAreQuotedInTheRemarks() {
        Entity e = extract("a.k.a. 'BNC'; a.k.a. 'AL-QA'IDA'; f.k.a. 'ALPHA'; n.k.a. 'LGOK'; a.k.a. ''FOOPIE''.");
        assertThat(e.names())
                .containsExactly(
                        new Name("TEST", NameKind.PRIMARY),
                        new Name("BNC", NameKind.WEAK_ALIAS),
                        new Name("AL-QA'IDA", NameKind.WEAK_ALIAS),
                        new Name("ALPHA", NameKind.WEAK_ALIAS),
                        new Name("LGOK", NameKind.WEAK_ALIAS),
                        new Name("'FOOPIE'", NameKind.WEAK_ALIAS));
    }

    @Test
    void linksAndTheFinalPeriod() {
        Entity e = extract(
                "Linked To: HIZBALLAH; Linked To: CO., LTD.; Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS "
                        + "FORCE; Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: "
                        + "North Korea Sanctions Regulations section 510.214; Linked To: GOLDEN S.A.",
                Set.of());
        assertThat(e.links())
                .containsExactly(
                        new Link(LinkKind.LINKED_TO, "HIZBALLAH", "Linked To"),
                        new Link(LinkKind.LINKED_TO, "CO., LTD.", "Linked To"),
                        new Link(
                                LinkKind.LINKED_TO, "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE", "Linked To"),
                        new Link(LinkKind.LINKED_TO, "GOLDEN S.A.", "Linked To"));
        // a final period after a plain word ends the text, unless the listed names say otherwise
        assertThat(extract("Linked To: MAHAN AIR.").links())
                .containsExactly(new Link(LinkKind.LINKED_TO, "MAHAN AIR", "Linked To"));
        assertThat(extract("Linked To: ACME CO.", Set.of("ACME CO.")).links())
                .containsExactly(new Link(LinkKind.LINKED_TO, "ACME CO.", "Linked To"));
        assertThat(extract("Linked To: GALAPAGOS S.A.", Set.of("GALAPAGOS S.A")).links())
                .containsExactly(new Link(LinkKind.LINKED_TO, "GALAPAGOS S.A", "Linked To"));
        // the legacy XML writes links in parentheses
        assertThat(extract("For more information on directives, please visit the following link: "
                                + "http://www.treasury.gov/x.aspx#directives.; (Linked To: OAO NOVATEK)")
                        .links())
                .containsExactly(new Link(LinkKind.LINKED_TO, "OAO NOVATEK", "Linked To"));
        assertThat(extract("Owned or Controlled By: ACME HOLDING.").links())
                .containsExactly(new Link(LinkKind.OWNED_BY, "ACME HOLDING", "Owned or Controlled By"));
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplitAnItem() {
        assertThat(OfacRemarks.split("Passport 1 (issued under the alias name X: Alt. DOB: 10 October 1969; Alt. POB: "
                        + "Keren Eritrea); nationality Eritrea"))
                .containsExactly(
                        "Passport 1 (issued under the alias name X: Alt. DOB: 10 October 1969; Alt. POB: Keren Eritrea)",
                        "nationality Eritrea");
    }

    @Test
    void unknownItemsAddNothing() {
        Entity e = extract("Additional Sanctions Information - Subject to Secondary Sanctions; Secondary sanctions "
                + "risk: section 1(b) of Executive Order 13224; Organization Established Date 1969; Target Type "
                + "Financial Institution; Member of the State Duma; Previous Aircraft Tail Number YI-NAE; all offices "
                + "worldwide.");
        assertThat(e.names()).hasSize(1);
        assertThat(e.identifiers()).isEmpty();
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.links()).isEmpty();
        assertThat(e.nationalities()).isEmpty();
    }
}
