package org.tollgate.lists.uk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tollgate.lists.parse.CsvReader;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;

/**
 * Reads OFSI's consolidated list as {@code ConList.csv}: a {@code Last Updated,dd/mm/yyyy} line, the header,
 * then one row per name of a target; the rows of one Group ID become one entity (see {@link
 * ConListXlsxParser} for the rules, which both publications share). UTF-8, with or without a byte-order mark.
 */
public final class ConListCsvParser implements ListParser {
    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        Problems problems = new Problems(options);
        ConListAssembler rows =
                new ConListAssembler(file, options.sourceOr(ListFormat.UK_CSV.defaultSource()), problems, true);
        try (InputStream in = InputFiles.open(path, options.maxBytes(), ".csv");
                CsvReader csv = new CsvReader(in, StandardCharsets.UTF_8)) {
            List<String> record;
            while ((record = next(csv, file)) != null) {
                rows.row("line " + csv.line(), record);
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return rows.finish(ListFormat.UK_CSV);
    }

    private static List<String> next(CsvReader csv, String file) throws ListParseException {
        try {
            return csv.next();
        } catch (IOException e) {
            // Broken quoting cannot be recovered from: the reader no longer knows where records start.
            throw new ListParseException(file + ": " + e.getMessage(), e);
        }
    }
}
