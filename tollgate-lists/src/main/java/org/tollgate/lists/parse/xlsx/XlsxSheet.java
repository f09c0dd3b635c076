package org.tollgate.lists.parse.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.SafeXml;

/**
 * Streams the rows of one worksheet. Cells are placed by their {@code r} reference (a row that leaves cells
 * out still has every value in its column) and turned into text: shared and inline strings as written,
 * booleans as {@code TRUE}/{@code FALSE}, numbers as stored, and numbers in a date style as ISO dates
 * ({@code 2025-04-10}), so that callers parse dates the same way whether a list stored them as text or as
 * day counts.
 */
public final class XlsxSheet implements Closeable {
    private final XlsxWorkbook workbook;
    private final String name;
    private final String part;
    private final InputStream in;
    private final XMLStreamReader xml;
    private int lastRow;
    private boolean done;

    XlsxSheet(XlsxWorkbook workbook, String name, String part) throws ListParseException {
        this.workbook = workbook;
        this.name = name;
        this.part = part;
        this.in = workbook.part(part, workbook.maxBytes());
        XMLStreamReader r;
        try {
            r = SafeXml.reader(in, workbook.fileName() + " part " + part);
        } catch (ListParseException e) {
            closeQuietly(in, e);
            throw e;
        }
        this.xml = r;
    }

    /** The sheet name. */
    public String name() {
        return name;
    }

    /**
     * The next row that has a {@code <row>} element, in sheet order.
     *
     * @return the row, or null after the last one
     * @throws ListParseException when the sheet XML is malformed or larger than the limit
     */
    public XlsxRow next() throws ListParseException {
        if (done) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return row();
                }
                if (ev == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    break;
                }
                if (ev == XMLStreamReader.ENTITY_REFERENCE) {
                    throw new XMLStreamException("entity references are not allowed", xml.getLocation());
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException e) {
            done = true;
            throw workbook.xmlFailure(part, e);
        } catch (RuntimeException e) {
            // The JDK's StAX reader reports I/O failures of the underlying stream (the size limit) this way.
            done = true;
            throw new ListParseException(workbook.fileName() + ": " + part + ": cannot be read: " + rootMessage(e), e);
        }
    }

    private XlsxRow row() throws XMLStreamException {
        int number = lastRow + 1;
        String r = XlsxWorkbook.attr(xml, "r");
        List<String> problems = new ArrayList<>(0);
        if (!r.isEmpty()) {
            try {
                number = Integer.parseInt(r.strip());
            } catch (NumberFormatException e) {
                problems.add("row reference '" + r + "' is not a number");
            }
        }
        if (number < 1 || number > CellReference.MAX_ROWS) {
            problems.add("row number " + number + " is out of range");
            number = lastRow + 1;
        }
        lastRow = number;
        List<String> cells = new ArrayList<>();
        int column = -1;
        int depth = 1;
        while (depth > 0) {
            int ev = xml.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                if (xml.getLocalName().equals("c")) {
                    column = cell(number, column, cells, problems);
                } else {
                    OoxmlText.skip(xml);
                }
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamReader.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity references are not allowed", xml.getLocation());
            }
        }
        return new XlsxRow(number, cells, problems);
    }

    /** Reads one {@code <c>} element into its column; returns the column it took. */
    private int cell(int row, int previousColumn, List<String> cells, List<String> problems) throws XMLStreamException {
        String ref = XlsxWorkbook.attr(xml, "r");
        String type = XlsxWorkbook.attr(xml, "t");
        String style = XlsxWorkbook.attr(xml, "s");
        int column = ref.isEmpty() ? previousColumn + 1 : CellReference.column(ref);
        String where = ref.isEmpty() ? "cell " + CellReference.letters(Math.max(column, 0)) + row : "cell " + ref;
        String raw = null;
        String inline = null;
        int depth = 1;
        while (depth > 0) {
            int ev = xml.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String el = xml.getLocalName();
                if (el.equals("v")) {
                    raw = OoxmlText.unescape(OoxmlText.ownText(xml));
                } else if (el.equals("is")) {
                    inline = OoxmlText.item(xml);
                } else {
                    // <f> formulas (the cached <v> is what we want), <extLst>
                    OoxmlText.skip(xml);
                }
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamReader.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity references are not allowed", xml.getLocation());
            }
        }
        if (column < 0 || column >= CellReference.MAX_COLUMNS) {
            problems.add(where + ": the cell reference is not a column of a worksheet; the cell is ignored");
            return previousColumn;
        }
        String value = value(type, style, raw, inline, where, problems);
        while (cells.size() <= column) {
            cells.add("");
        }
        if (!cells.get(column).isEmpty()) {
            problems.add(where + ": a second cell for this column; the later one is kept");
        }
        cells.set(column, value);
        return column;
    }

    private String value(String type, String style, String raw, String inline, String where, List<String> problems) {
        switch (type) {
            case "s" -> {
                if (raw == null || raw.isBlank()) {
                    return "";
                }
                int index;
                try {
                    index = Integer.parseInt(raw.strip());
                } catch (NumberFormatException e) {
                    problems.add(where + ": shared string index '" + raw + "' is not a number");
                    return "";
                }
                String s = workbook.sharedString(index);
                if (s == null) {
                    problems.add(where + ": shared string index " + index + " is not in the shared string table");
                    return "";
                }
                return s;
            }
            case "inlineStr" -> {
                return inline != null ? inline : raw == null ? "" : raw;
            }
            case "b" -> {
                return raw == null ? "" : raw.strip().equals("1") ? "TRUE" : "FALSE";
            }
            case "str", "e", "d" -> {
                return raw == null ? "" : raw;
            }
            default -> {
                // "n" or no type: a number, which a date style turns into a date
                if (raw == null) {
                    return inline == null ? "" : inline;
                }
                if (!style.isEmpty() && workbook.isDateStyle(parseStyle(style))) {
                    return ExcelDates.iso(raw, workbook.date1904());
                }
                return raw;
            }
        }
    }

    private static int parseStyle(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            in.close();
        }
    }

    private static void closeQuietly(InputStream in, Exception cause) {
        try {
            in.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
