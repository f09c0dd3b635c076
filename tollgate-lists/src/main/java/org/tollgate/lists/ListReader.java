package org.tollgate.lists;

import java.nio.file.Path;
import org.tollgate.lists.csl.CslCsvParser;
import org.tollgate.lists.csl.CslJsonParser;
import org.tollgate.lists.dpl.DplParser;
import org.tollgate.lists.eu.EuXmlParser;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.un.UnXmlParser;

/** The entry point for reading a list: picks the parser of a format and runs it. */
public final class ListReader {
    private ListReader() {}

    /** The parser of a format. */
    public static ListParser parserFor(ListFormat format) {
        return switch (format) {
            case OFAC_CSV -> notYet(format);
            case OFAC_CONS_CSV -> notYet(format);
            case OFAC_XML -> notYet(format);
            case OFAC_ENHANCED -> notYet(format);
            case CSL_CSV -> new CslCsvParser();
            case CSL_JSON -> new CslJsonParser();
            case DPL -> new DplParser();
            case UN_XML -> new UnXmlParser();
            case EU_XML -> new EuXmlParser();
            case UK_CSV -> notYet(format);
            case UK_XLSX -> notYet(format);
            case FTM_JSON -> notYet(format);
            case OS_SIMPLE_CSV -> notYet(format);
            case CUSTOM_CSV -> notYet(format);
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
