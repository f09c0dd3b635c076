package org.tollgate.lists.fetch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tollgate.lists.parse.ListFormat;

/**
 * The official download locations of every list Tollgate knows, built in so a fresh install can fetch them;
 * each can be overridden (configuration or {@code --url SOURCE=URL}), e.g. to use a mirror.
 */
public final class OfficialSources {
    private OfficialSources() {}

    private static final List<SourceDefinition> ALL = List.of(
            set(
                    "us_ofac_sdn",
                    ListFormat.OFAC_CSV,
                    "https://www.treasury.gov/ofac/downloads/",
                    "sdn.csv",
                    "add.csv",
                    "alt.csv",
                    "sdn_comments.csv"),
            set(
                    "us_ofac_cons",
                    ListFormat.OFAC_CONS_CSV,
                    "https://www.treasury.gov/ofac/downloads/consolidated/",
                    "cons_prim.csv",
                    "cons_add.csv",
                    "cons_alt.csv",
                    "cons_comments.csv"),
            SourceDefinition.single(
                    "un_sc",
                    ListFormat.UN_XML,
                    "consolidated.xml",
                    "https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
            SourceDefinition.single(
                    "us_trade_csl",
                    ListFormat.CSL_CSV,
                    "consolidated.csv",
                    "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"),
            SourceDefinition.single("us_bis_dpl", ListFormat.DPL, "dpl.txt", "https://www.bis.doc.gov/dpl/dpl.txt"),
            SourceDefinition.single(
                    "eu_fsf",
                    ListFormat.EU_XML,
                    "eu_fsf.xml",
                    "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"),
            SourceDefinition.single(
                    "gb_hmt",
                    ListFormat.UK_CSV,
                    "ConList.csv",
                    "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv"),
            SourceDefinition.single(
                    "opensanctions",
                    ListFormat.FTM_JSON,
                    "entities.ftm.json",
                    "https://data.opensanctions.org/datasets/latest/sanctions/entities.ftm.json"));

    private static SourceDefinition set(String source, ListFormat format, String base, String... names) {
        Map<String, URI> m = new LinkedHashMap<>();
        for (String n : names) {
            m.put(n, URI.create(base + n));
        }
        return new SourceDefinition(source, format, m);
    }

    /** Every built-in source, in a stable order. */
    public static List<SourceDefinition> all() {
        return ALL;
    }

    /** The built-in definition of a source id. */
    public static Optional<SourceDefinition> of(String source) {
        return ALL.stream().filter(s -> s.source().equals(source)).findFirst();
    }
}
