package org.tollgate.lists;

import java.nio.file.Path;
import org.tollgate.lists.ofac.OfacCsvParser;
import org.tollgate.lists.ofac.OfacEnhancedParser;
import org.tollgate.lists.ofac.OfacXmlParser;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;

/** The entry point for reading a list: picks the parser of a format and runs it. */
public final class ListReader {
    private ListReader() {}

    /** The parser of a format. */
    public static ListParser parserFor(ListFormat format) {
        return switch (format) {
            case OFAC_CSV -> OfacCsvParser.sdn();
            case OFAC_CONS_CSV -> OfacCsvParser.consolidated();
            case OFAC_XML -> new OfacXmlParser();
            case OFAC_ENHANCED -> new OfacEnhancedParser();
            case CSL_CSV -> notYet(format);
            case CSL_JSON -> notYet(format);
            case DPL -> notYet(format);
            case UN_XML -> notYet(format);
            case EU_XML -> notYet(format);
            case UK_CSV -> new org.tollgate.lists.uk.ConListCsvParser();
            case UK_XLSX -> new org.tollgate.lists.uk.ConListXlsxParser();
            case FTM_JSON -> new org.tollgate.lists.opensanctions.FtmJsonParser();
            case OS_SIMPLE_CSV -> new org.tollgate.lists.opensanctions.TargetsSimpleCsvParser();
            case CUSTOM_CSV -> new org.tollgate.lists.custom.CustomCsvParser();
        };
    }

    private static ListParser notYet(ListFormat format) {
        return (path, options) -> {
            throw new ListParseException("format " + format.code() + " is not supported yet");
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
