package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.SafeXml;
import org.tollgate.lists.testdata.TestData;

/** The small value readers the OFAC parsers share: dates, the add.csv city field and country texts. */
class OfacValuesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "London EC3N 1DY | London | '' | EC3N 1DY",
                "Zurich CH-8022 | Zurich | '' | CH-8022",
                "Miami, FL 33122 | Miami | FL | 33122",
                "Mexico City, Distrito Federal 11570 | Mexico City | Distrito Federal | 11570",
                "Culiacan, Sinaloa | Culiacan | Sinaloa | ''",
                "Tehran | Tehran | '' | ''",
                "Tehran 7941963355 | Tehran | '' | 7941963355",
                "Zelenograd, Moscow 124489 | Zelenograd | Moscow | 124489",
                "049712 | '' | '' | 049712",
                "Marjah District, Helmand Province | Marjah District | Helmand Province | ''"
            })
    void splitsTheCityStatePostalField(String text, String city, String region, String postal) {
        assertThat(CityLine.parse(text)).isEqualTo(new CityLine(city, region, postal));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Korea, North | KP",
                "Bahamas, The | BS",
                "Man, Isle of | IM",
                "Antigua and Barbuda | AG",
                "Trinidad and Tobago | TT",
                "Sao Tome and Principe | ST",
                "North Macedonia, The Republic of | MK",
                "Congo, Democratic Republic of the | CD",
                "Burma | MM",
                "Palestinian | PS",
                "Region: Gaza | PS",
                "Region: Crimea | UA",
                "Crimea region of Ukraine | UA",
                "Region: Northern Mali | ML",
                "Democratic People's Republic of Korea | KP",
                "undetermined | ''",
                "Region: Kafia Kingi | ''"
            })
    void resolvesOfacCountryTexts(String text, String code) {
        assertThat(new OfacCountry().code(text)).isEqualTo(code);
    }

    /** OFAC's own table: every COUNTRY reference value of the ENHANCED file with an ISO code resolves to that code. */
    @Test
    void agreesWithTheIsoCodesOfOfacsReferenceValues() throws Exception {
        List<String[]> countries = new ArrayList<>();
        try (InputStream in = InputFiles.open(
                TestData.file("ofac_consolidated_nonsdn_enhanced_2025-01/CONS_ENHANCED.ZIP"),
                ParseOptions.DEFAULT_MAX_BYTES,
                ".xml")) {
            XMLStreamReader r = SafeXml.reader(in, "CONS_ENHANCED.XML");
            String type = "";
            String value = "";
            boolean inEntities = false;
            while (r.hasNext() && !inEntities) {
                if (r.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "referenceValue" -> {
                        type = "";
                        value = "";
                    }
                    case "type" -> type = SafeXml.text(r);
                    case "value" -> value = SafeXml.text(r);
                    case "isoCode" -> {
                        if (type.equals("COUNTRY")) {
                            countries.add(new String[] {value, SafeXml.text(r)});
                        }
                    }
                    // the reference values come before the entities; nothing after them is needed
                    case "entities" -> inEntities = true;
                    default -> {}
                }
            }
        }
        // 188 COUNTRY values, 182 of them with an ISO code
        assertThat(countries).hasSize(182);
        OfacCountry resolver = new OfacCountry();
        assertThat(countries)
                .allSatisfy(c -> assertThat(resolver.code(c[0])).as(c[0]).isEqualTo(c[1]));
    }

    @Test
    void readsUsDatesOfTheXmlHeader() {
        assertThat(OfacDates.usDate("03/08/2023")).contains(java.time.LocalDate.of(2023, 3, 8));
        assertThat(OfacDates.usDate("13/45/2023")).isEmpty();
        assertThat(OfacDates.usDate("2023-03-08")).isEmpty();
    }

    @Test
    void readsEnhancedDateBoundsAtTheirPrecision() {
        assertThat(OfacDates.fromBounds("1962-01-01", "1962-12-31", false))
                .contains(BirthDate.of(PartialDate.ofYear(1962)));
        assertThat(OfacDates.fromBounds("1972-03-01", "1972-03-31", false))
                .contains(BirthDate.of(new PartialDate(1972, 3, 0)));
        assertThat(OfacDates.fromBounds("1950-06-05T00:00:00", "1950-06-05T00:00:00", false))
                .contains(BirthDate.of(new PartialDate(1950, 6, 5)));
        assertThat(OfacDates.fromBounds("1976-01-01", "1978-12-31", true))
                .contains(new BirthDate(PartialDate.ofYear(1976), PartialDate.ofYear(1978), true));
        assertThat(OfacDates.fromBounds("1978-01-01", "1976-12-31", false)).isEqualTo(Optional.empty());
        assertThat(OfacDates.fromBounds("", "", false)).isEmpty();
    }
}
