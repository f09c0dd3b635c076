package org.tollgate.lists.uk;

import java.io.IOException;
import java.nio.file.Path;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.parse.Problems;
import org.tollgate.lists.parse.xlsx.XlsxRow;
import org.tollgate.lists.parse.xlsx.XlsxSheet;
import org.tollgate.lists.parse.xlsx.XlsxWorkbook;

/**
 * Reads OFSI's consolidated list ("ConList") in its XLSX publication: the sheet "Data" (else the first sheet),
 * a {@code Last Updated} row, the header row, then one row per name of a target.
 *
 * <p>Rules shared with {@link ConListCsvParser}:
 *
 * <ul>
 *   <li>All rows of one Group ID are one entity, {@code gb_hmt:<Group ID>}; its details (dates of birth,
 *       addresses, regimes, ...) are the distinct values of all its rows.
 *   <li>A name is Name 1 to Name 5 then Name 6 (the surname), joined by spaces. "Primary name" gives the
 *       primary name; "AKA", "Prime Alias" and "Primary name variation" give strong aliases, weak when the
 *       Alias Quality is "Low"; "FKA" gives a former name; Name Non-Latin Script gives an original-script name
 *       with its language as an ISO 639-1 code. A group without a "Primary name" row takes its best other name
 *       (Prime Alias, then variation, then alias) as primary; a second distinct "Primary name" becomes a strong
 *       alias. Each name appears once, with the strongest kind any row gave it.
 *   <li>DOB {@code dd/mm/yyyy} with {@code 00} for an unknown day or month, {@code mm/yyyy} or {@code yyyy}.
 *       Numbered lists ("(1) Germany (2) Morocco") are split; passport and identity numbers are paired with
 *       their numbered details, whose country becomes the issuing country.
 *   <li>Other Information is kept as a remark; its tags give gender, IMO number, flag (as the nationality of
 *       a ship), business registration numbers, phone, email, website and parent/subsidiary/owner links.
 * </ul>
 */
public final class ConListXlsxParser implements ListParser {
    private static final String DATA_SHEET = "Data";

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws ListParseException {
        String file = path.getFileName().toString();
        Problems problems = new Problems(options);
        ConListAssembler rows =
                new ConListAssembler(file, options.sourceOr(ListFormat.UK_XLSX.defaultSource()), problems, false);
        try (XlsxWorkbook wb = XlsxWorkbook.open(path, options.maxBytes());
                XlsxSheet sheet = wb.sheetNames().stream().anyMatch(DATA_SHEET::equalsIgnoreCase)
                        ? wb.sheet(DATA_SHEET)
                        : wb.firstSheet()) {
            XlsxRow row;
            while ((row = sheet.next()) != null) {
                String location = "sheet " + sheet.name() + ", row " + row.number();
                for (String problem : row.problems()) {
                    problems.report(file, location, problem);
                }
                rows.row(location, row.cells());
            }
        } catch (IOException e) {
            throw new ListParseException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return rows.finish(ListFormat.UK_XLSX);
    }
}
