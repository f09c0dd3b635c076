package org.tollgate.lists;

import java.nio.file.Path;
import org.tollgate.lists.csl.CslCsvParser;
import org.tollgate.lists.csl.CslJsonParser;
import org.tollgate.lists.custom.CustomCsvParser;
import org.tollgate.lists.dpl.DplParser;
import org.tollgate.lists.eu.EuXmlParser;
import org.tollgate.lists.ofac.OfacCsvParser;
import org.tollgate.lists.ofac.OfacEnhancedParser;
import org.tollgate.lists.ofac.OfacXmlParser;
import org.tollgate.lists.opensanctions.FtmJsonParser;
import org.tollgate.lists.opensanctions.TargetsSimpleCsvParser;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.uk.ConListCsvParser;
import org.tollgate.lists.uk.ConListXlsxParser;
import org.tollgate.lists.un.UnXmlParser;

/** The entry point for reading a list: picks the parser of a format and runs it. */
public final class ListReader {
    private ListReader() {}

    /** The parser of a format. Parsers are stateless, so a new one per call costs nothing. */
    public static ListParser parserFor(ListFormat format) {
        return switch (format) {
            case OFAC_CSV -> OfacCsvParser.sdn();
            case OFAC_CONS_CSV -> OfacCsvParser.consolidated();
            case OFAC_XML -> new OfacXmlParser();
            case OFAC_ENHANCED -> new OfacEnhancedParser();
            case CSL_CSV -> new CslCsvParser();
            case CSL_JSON -> new CslJsonParser();
            case DPL -> new DplParser();
            case UN_XML -> new UnXmlParser();
            case EU_XML -> new EuXmlParser();
            case UK_CSV -> new ConListCsvParser();
            case UK_XLSX -> new ConListXlsxParser();
            case FTM_JSON -> new FtmJsonParser();
            case OS_SIMPLE_CSV -> new TargetsSimpleCsvParser();
            case CUSTOM_CSV -> new CustomCsvParser();
        };
    }

    /** Reads a list of the given format from a file or CSV-set directory. */
    public static ParsedList read(ListFormat format, Path path, ParseOptions options) throws ListParseException {
        return parserFor(format).parse(path, options);
    }

    /** Reads a list given as {@code FORMAT=PATH}, the form the command line uses. */
    public static ParsedList read(ListSpec spec, ParseOptions options) throws ListParseException {
        return read(spec.format(), spec.path(), options);
    }
}
