package org.tollgate.lists.parse.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small XLSX workbooks for tests: the package parts a workbook needs, with the sheet, shared strings and
 * styles given as XML text, so a test states exactly the markup it is about.
 */
public final class XlsxFixture {
    public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> parts = new LinkedHashMap<>();
    private String sheetName = "Data";
    private String workbookPr = "";

    public XlsxFixture() {
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                        + " Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        parts.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                        + " Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
    }

    /** Sets the name of the one sheet. */
    public XlsxFixture sheetName(String name) {
        this.sheetName = name;
        return this;
    }

    /** Uses the 1904 date system. */
    public XlsxFixture date1904() {
        this.workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    /** The sheet's {@code <sheetData>} content (rows), wrapped in a worksheet. */
    public XlsxFixture rows(String rowsXml) {
        return sheetXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>"
                + rowsXml + "</sheetData></worksheet>");
    }

    /** The whole sheet part, as given (for hostile markup). */
    public XlsxFixture sheetXml(String xml) {
        parts.put("xl/worksheets/sheet1.xml", xml);
        return this;
    }

    /** The shared string items ({@code <si>...</si>...}), wrapped in a table. */
    public XlsxFixture sharedStrings(String itemsXml) {
        return sharedStringsXml(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\">" + itemsXml + "</sst>");
    }

    public XlsxFixture sharedStringsXml(String xml) {
        parts.put("xl/sharedStrings.xml", xml);
        return this;
    }

    /** The styles part, as given. */
    public XlsxFixture styles(String xml) {
        parts.put("xl/styles.xml", xml);
        return this;
    }

    /** Any other part, e.g. a large one for a zip-bomb test. */
    public XlsxFixture part(String name, String content) {
        parts.put(name, content);
        return this;
    }

    /** Writes the workbook. */
    public Path write(Path file) throws IOException {
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        rels.append("<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        if (parts.containsKey("xl/sharedStrings.xml")) {
            rels.append(
                    "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        if (parts.containsKey("xl/styles.xml")) {
            rels.append("<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/styles\" Target=\"/xl/styles.xml\"/>");
        }
        rels.append("</Relationships>");
        Map<String, String> all = new LinkedHashMap<>(parts);
        all.putIfAbsent(
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                        + "\">" + workbookPr + "<sheets><sheet name=\"" + sheetName
                        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        all.putIfAbsent("xl/_rels/workbook.xml.rels", rels.toString());
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** An inline-string cell. */
    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A row of cells. */
    public static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }
}
