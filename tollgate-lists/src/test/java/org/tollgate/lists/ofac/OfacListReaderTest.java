package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.testdata.TestData;

/** The four OFAC formats as the command line names them, through {@link ListReader}. */
class OfacListReaderTest {
    @Test
    void readsEachOfacFormatByItsCode() throws ListParseException {
        String data = TestData.dir().toString();
        assertThat(read("ofac-csv=" + data + "/ofac_sdn_set_2021-07").entities())
                .hasSize(8_976);
        assertThat(read("ofac-cons-csv=" + data + "/ofac_consolidated_nonsdn_csv_2025-12")
                        .entities())
                .hasSize(442);
        assertThat(read("ofac-xml=" + data + "/ofac_consolidated_nonsdn_xml_2023-03-08/ofac_non_sdn.xml")
                        .entities())
                .hasSize(445);
        ParsedList enhanced =
                read("ofac-enhanced=" + data + "/ofac_consolidated_nonsdn_enhanced_2025-01/CONS_ENHANCED.ZIP");
        assertThat(enhanced.entities()).hasSize(443);
        assertThat(enhanced.metadata().format()).isEqualTo(ListFormat.OFAC_ENHANCED);
    }

    private static ParsedList read(String spec) throws ListParseException {
        return ListReader.read(ListSpec.parse(spec), ParseOptions.lenient());
    }
}
