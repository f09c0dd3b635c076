package org.tollgate.lists.parse.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tollgate.lists.parse.xlsx.XlsxFixture.inline;
import static org.tollgate.lists.parse.xlsx.XlsxFixture.row;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.parse.ListParseException;

class XlsxWorkbookTest {
    private static final long LIMIT = 64L << 20;

    private static final String STYLES = "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + XlsxFixture.MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/MM/yyyy\"/></numFmts>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
            + "<xf numFmtId=\"4\"/></cellXfs></styleSheet>";

    @TempDir
    Path dir;

    private static List<XlsxRow> rows(Path file) throws Exception {
        List<XlsxRow> out = new ArrayList<>();
        try (XlsxWorkbook wb = XlsxWorkbook.open(file, LIMIT);
                XlsxSheet sheet = wb.firstSheet()) {
            XlsxRow r;
            while ((r = sheet.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void readsSharedInlineAndRichTextAndPlacesCellsByReference() throws Exception {
        Path file = new XlsxFixture()
                .sharedStrings("<si><t>Name 6</t></si>"
                        + "<si><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space=\"preserve\">text</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
                        + "<si><t>line one_x000D_\nline two</t></si>")
                .rows(row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"C1\" t=\"s\"><v>1</v></c>")
                        + row(3, inline("B3", "inline"), "<c r=\"D3\" t=\"s\"><v>2</v></c>")
                        + "<row><c t=\"b\"><v>1</v></c><c t=\"str\"><f>A1</f><v>formula result</v></c>"
                        + "<c t=\"e\"><v>#N/A</v></c><c><v>42.5</v></c></row>")
                .write(dir.resolve("book.xlsx"));

        List<XlsxRow> rows = rows(file);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).number()).isEqualTo(1);
        assertThat(rows.get(0).cells()).containsExactly("Name 6", "", "Rich text");
        assertThat(rows.get(1).number()).isEqualTo(3);
        assertThat(rows.get(1).cells()).containsExactly("", "inline", "", "line one\r\nline two");
        // a row without r follows the previous one; cells without r follow the previous cell
        assertThat(rows.get(2).number()).isEqualTo(4);
        assertThat(rows.get(2).cells()).containsExactly("TRUE", "formula result", "#N/A", "42.5");
        assertThat(rows.get(2).cell(10)).isEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void turnsNumbersInDateStylesIntoIsoDates() throws Exception {
        Path file = new XlsxFixture()
                .styles(STYLES)
                .rows(row(
                        1,
                        "<c r=\"A1\" s=\"1\"><v>45757</v></c>",
                        "<c r=\"B1\" s=\"2\"><v>23642</v></c>",
                        "<c r=\"C1\" s=\"1\"><v>45757.5</v></c>",
                        "<c r=\"D1\" s=\"0\"><v>45757</v></c>",
                        "<c r=\"E1\" s=\"3\"><v>45757</v></c>",
                        "<c r=\"F1\" s=\"1\"><v>59</v></c>",
                        "<c r=\"G1\" s=\"1\" t=\"s\"><v>0</v></c>"))
                .sharedStrings("<si><t>10/04/2025</t></si>")
                .write(dir.resolve("dates.xlsx"));

        XlsxRow r = rows(file).get(0);

        assertThat(r.cells())
                .containsExactly(
                        "2025-04-10",
                        "1964-09-22",
                        "2025-04-10T12:00:00",
                        "45757",
                        "45757",
                        "1900-02-28",
                        "10/04/2025");
    }

    @Test
    void honoursThe1904DateSystem() throws Exception {
        Path file = new XlsxFixture()
                .date1904()
                .styles(STYLES)
                .rows(row(1, "<c r=\"A1\" s=\"1\"><v>0</v></c>", "<c r=\"B1\" s=\"1\"><v>44295</v></c>"))
                .write(dir.resolve("mac.xlsx"));

        // serial 0 is no date; 44295 days after 1904-01-01
        assertThat(rows(file).get(0).cells()).containsExactly("0", "2025-04-10");
    }

    @Test
    void reportsBadCellsInTheRowAndGoesOn() throws Exception {
        Path file = new XlsxFixture()
                .sharedStrings("<si><t>only</t></si>")
                .rows(row(
                                2,
                                "<c r=\"A2\" t=\"s\"><v>7</v></c>",
                                "<c r=\"B2\" t=\"s\"><v>x</v></c>",
                                "<c r=\"ZZZZ2\"><v>1</v></c>",
                                "<c r=\"C2\" t=\"s\"><v>0</v></c>")
                        + row(3, inline("A3", "next")))
                .write(dir.resolve("bad.xlsx"));

        List<XlsxRow> rows = rows(file);

        assertThat(rows.get(0).cells()).containsExactly("", "", "only");
        assertThat(rows.get(0).problems())
                .containsExactly(
                        "cell A2: shared string index 7 is not in the shared string table",
                        "cell B2: shared string index 'x' is not a number",
                        "cell ZZZZ2: the cell reference is not a column of a worksheet; the cell is ignored");
        assertThat(rows.get(1).cells()).containsExactly("next");
    }

    @Test
    void findsSheetsByNameAndSaysWhichExist() throws Exception {
        Path file = new XlsxFixture()
                .sheetName("Data")
                .rows(row(1, inline("A1", "x")))
                .write(dir.resolve("s.xlsx"));
        try (XlsxWorkbook wb = XlsxWorkbook.open(file, LIMIT)) {
            assertThat(wb.sheetNames()).containsExactly("Data");
            try (XlsxSheet s = wb.sheet("data")) {
                assertThat(s.name()).isEqualTo("Data");
                assertThat(s.next().cells()).containsExactly("x");
                assertThat(s.next()).isNull();
            }
            assertThatThrownBy(() -> wb.sheet("Other"))
                    .isInstanceOf(ListParseException.class)
                    .hasMessage("s.xlsx: the workbook has no sheet named 'Other' (it has Data)");
        }
    }

    @Test
    void externalEntitiesInTheSheetAreNeverRead() throws Exception {
        String secret = "TOP-SECRET-" + System.nanoTime();
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">");
        String[] payloads = {
            // a general external entity used in a cell
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>"
                    + "<worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><sheetData>"
                    + row(1, inline("A1", "&xxe;")) + "</sheetData></worksheet>",
            // an external DTD that would declare it
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet SYSTEM \"" + dtd.toUri() + "\">"
                    + "<worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><sheetData>"
                    + row(1, inline("A1", "&xxe;")) + "</sheetData></worksheet>",
            // internal entity expansion ("billion laughs")
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                    + "<worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><sheetData>"
                    + row(1, inline("A1", "&b;")) + "</sheetData></worksheet>"
        };
        for (String payload : payloads) {
            Path file = new XlsxFixture().sheetXml(payload).write(dir.resolve("xxe.xlsx"));
            List<String> seen = new ArrayList<>();
            try (XlsxWorkbook wb = XlsxWorkbook.open(file, LIMIT);
                    XlsxSheet sheet = wb.firstSheet()) {
                XlsxRow r;
                while ((r = sheet.next()) != null) {
                    seen.addAll(r.cells());
                }
                // a parser that silently dropped the entity would land here: nothing of it may show
                assertThat(String.join("", seen)).doesNotContain(secret).doesNotContain("aaaaa");
            } catch (ListParseException e) {
                assertThat(e.getMessage())
                        .startsWith("xxe.xlsx: xl/worksheets/sheet1.xml")
                        .doesNotContain(secret);
            }
            assertThat(seen).noneMatch(s -> s.contains(secret) || s.contains("aaaaa"));
        }
    }

    @Test
    void externalEntitiesInTheSharedStringsAreNeverRead() throws Exception {
        String secret = "TOP-SECRET-" + System.nanoTime();
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        Path file = new XlsxFixture()
                .sharedStringsXml("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secretFile.toUri()
                        + "\">]><sst xmlns=\"" + XlsxFixture.MAIN_NS + "\"><si><t>&xxe;</t></si></sst>")
                .rows(row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>"))
                .write(dir.resolve("sst.xlsx"));

        assertThatThrownBy(() -> rows(file))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("sst.xlsx: xl/sharedStrings.xml")
                .hasMessageNotContaining(secret);
    }

    @Test
    void stopsAZipBombAtTheSizeLimit() throws Exception {
        // 8 MiB of blank space compresses to a few KiB; the reader must stop at the 1 MiB limit.
        String blanks = " ".repeat(8 << 20);
        Path file = new XlsxFixture()
                .sheetXml("<worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><sheetData>" + blanks
                        + "</sheetData></worksheet>")
                .write(dir.resolve("bomb.xlsx"));
        assertThat(Files.size(file)).isLessThan(1 << 20);

        assertThatThrownBy(() -> {
                    try (XlsxWorkbook wb = XlsxWorkbook.open(file, 1 << 20);
                            XlsxSheet sheet = wb.firstSheet()) {
                        while (sheet.next() != null) {
                            // drain
                        }
                    }
                })
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("bomb.xlsx: xl/worksheets/sheet1.xml")
                .hasMessageContaining("larger than the limit of 1048576 bytes");
    }

    @Test
    void refusesArchivesWithTooManyEntries() throws Exception {
        Path file = dir.resolve("many.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= XlsxWorkbook.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("x/" + i));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> XlsxWorkbook.open(file, LIMIT))
                .isInstanceOf(ListParseException.class)
                .hasMessage("many.xlsx: the archive holds 10001 entries, more than the limit of 10000");
    }

    @Test
    void refusesWhatIsNotAWorkbook() throws IOException {
        Path text = Files.writeString(dir.resolve("list.xlsx"), "Name 6,Group ID\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> XlsxWorkbook.open(text, LIMIT))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith("list.xlsx: not an XLSX workbook (not a zip archive)");

        Path zipWithoutWorkbook = dir.resolve("empty.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipWithoutWorkbook))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> XlsxWorkbook.open(zipWithoutWorkbook, LIMIT))
                .isInstanceOf(ListParseException.class)
                .hasMessage("empty.xlsx: not an XLSX workbook (no workbook part)");

        assertThatThrownBy(() -> XlsxWorkbook.open(dir.resolve("missing.xlsx"), LIMIT))
                .isInstanceOf(ListParseException.class)
                .hasMessage("missing.xlsx: no such file");
    }

    @Test
    void resolvesRelationshipTargets() {
        assertThat(XlsxWorkbook.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxWorkbook.resolve("xl/", "/xl/styles.xml")).isEqualTo("xl/styles.xml");
        assertThat(XlsxWorkbook.resolve("xl/", "../other/part.xml")).isEqualTo("other/part.xml");
        assertThat(XlsxWorkbook.resolve("xl/", "../../../etc/passwd")).isEqualTo("etc/passwd");
    }

    @Test
    void recognisesDateFormats() {
        assertThat(CellStyles.isDateFormat("dd/MM/yyyy")).isTrue();
        assertThat(CellStyles.isDateFormat("[$-409]mmm d, yyyy")).isTrue();
        assertThat(CellStyles.isDateFormat("h:mm:ss")).isTrue();
        assertThat(CellStyles.isDateFormat("General")).isFalse();
        assertThat(CellStyles.isDateFormat("0.00")).isFalse();
        assertThat(CellStyles.isDateFormat("[Red]#,##0;\"days\"")).isFalse();
        assertThat(CellStyles.isDateFormat("\"day\" 0")).isFalse();
        assertThat(CellStyles.isBuiltInDate(14)).isTrue();
        assertThat(CellStyles.isBuiltInDate(4)).isFalse();
    }

    @Test
    void readsCellReferences() {
        assertThat(CellReference.column("A1")).isZero();
        assertThat(CellReference.column("AJ18798")).isEqualTo(35);
        assertThat(CellReference.column("XFD1")).isEqualTo(16_383);
        assertThat(CellReference.column("XFE1")).isEqualTo(-1);
        assertThat(CellReference.column("12")).isEqualTo(-1);
        assertThat(CellReference.letters(35)).isEqualTo("AJ");
    }
}
