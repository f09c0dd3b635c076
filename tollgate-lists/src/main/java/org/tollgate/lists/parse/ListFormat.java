package org.tollgate.lists.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every list format Tollgate reads, with the code used on the command line and its default source id. */
public enum ListFormat {
    OFAC_CSV("ofac-csv", "us_ofac_sdn", "OFAC SDN legacy CSV set: sdn.csv, add.csv, alt.csv, sdn_comments.csv"),
    OFAC_CONS_CSV(
            "ofac-cons-csv",
            "us_ofac_cons",
            "OFAC consolidated non-SDN CSV set: cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv"),
    OFAC_XML("ofac-xml", "us_ofac_sdn", "OFAC legacy XML (SDN.XML, CONSOLIDATED.XML)"),
    OFAC_ENHANCED("ofac-enhanced", "us_ofac_sdn", "OFAC Sanctions List Service ENHANCED XML, plain or zipped"),
    CSL_CSV("csl-csv", "us_trade_csl", "trade.gov Consolidated Screening List, CSV (plain or gzipped)"),
    CSL_JSON("csl-json", "us_trade_csl", "trade.gov Consolidated Screening List, JSON"),
    DPL("dpl", "us_bis_dpl", "BIS Denied Persons List, tab-separated dpl.txt"),
    UN_XML("un-xml", "un_sc", "UN Security Council consolidated list XML"),
    EU_XML("eu-xml", "eu_fsf", "EU Financial Sanctions Files XML 1.1"),
    UK_CSV("uk-csv", "gb_hmt", "UK OFSI consolidated list ConList.csv"),
    UK_XLSX("uk-xlsx", "gb_hmt", "UK OFSI consolidated list, XLSX publication"),
    FTM_JSON("ftm-json", "opensanctions", "OpenSanctions FollowTheMoney entities, JSON lines"),
    OS_SIMPLE_CSV("os-simple-csv", "opensanctions", "OpenSanctions targets.simple.csv"),
    CUSTOM_CSV("custom-csv", "custom_list", "Tollgate's simple CSV for a provider's own lists");

    private final String code;
    private final String defaultSource;
    private final String description;

    ListFormat(String code, String defaultSource, String description) {
        this.code = code;
        this.defaultSource = defaultSource;
        this.description = description;
    }

    /** The name used on the command line, e.g. {@code ofac-csv}. */
    public String code() {
        return code;
    }

    /** The source id entities of this format get unless told otherwise. */
    public String defaultSource() {
        return defaultSource;
    }

    public String description() {
        return description;
    }

    /** Finds a format by its code, ignoring case. */
    public static Optional<ListFormat> byCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c)).findFirst();
    }

    /** All codes, comma-separated, for help and error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(ListFormat::code).collect(Collectors.joining(", "));
    }
}
