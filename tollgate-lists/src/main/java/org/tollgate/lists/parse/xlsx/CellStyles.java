package org.tollgate.lists.parse.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.parse.ListParseException;

/**
 * Finds which cell styles display numbers as dates, from the workbook's styles part: a spreadsheet stores a
 * date as a day count and only the style's number format says it is a date.
 */
final class CellStyles {
    private CellStyles() {}

    /** For each cell style index ({@code s} attribute of a cell), whether its number format is a date or time. */
    static boolean[] dateStyles(XlsxWorkbook wb, String part) throws ListParseException {
        return wb.readSmallPart(part, r -> {
            Map<Integer, String> customFormats = new HashMap<>();
            List<Integer> xfFormats = new ArrayList<>();
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamReader.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("numFmt")) {
                        Integer id = number(XlsxWorkbook.attr(r, "numFmtId"));
                        if (id != null) {
                            customFormats.put(id, XlsxWorkbook.attr(r, "formatCode"));
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (name.equals("xf") && inCellXfs) {
                        Integer id = number(XlsxWorkbook.attr(r, "numFmtId"));
                        xfFormats.add(id == null ? 0 : id);
                    }
                } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            boolean[] out = new boolean[xfFormats.size()];
            for (int i = 0; i < out.length; i++) {
                int id = xfFormats.get(i);
                String code = customFormats.get(id);
                out[i] = code != null ? isDateFormat(code) : isBuiltInDate(id);
            }
            return out;
        });
    }

    /** The built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30, plus the CJK ones). */
    static boolean isBuiltInDate(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    /**
     * Whether a custom format code shows a date or time: it has a day, month, year, hour or second field outside
     * quoted literals, escapes and bracketed colour/locale sections.
     */
    static boolean isDateFormat(String code) {
        if (code.equalsIgnoreCase("General")) {
            return false;
        }
        // Only the first section (positive numbers) decides.
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (c == ';' && bracket == 0) {
                return false;
            } else if (bracket == 0 && "dmyhsDMYHS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
