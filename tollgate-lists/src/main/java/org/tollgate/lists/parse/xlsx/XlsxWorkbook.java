package org.tollgate.lists.parse.xlsx;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tollgate.lists.parse.InputFiles;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.SafeXml;

/**
 * A read-only view of an Office Open XML workbook ({@code .xlsx}) for list files published as spreadsheets.
 *
 * <p>It reads only what a list parser needs: the sheet names, the shared-string table and which cell styles
 * are dates. The sheets themselves are streamed row by row ({@link XlsxSheet}), so a sheet of any length
 * needs memory only for the shared strings and one row.
 *
 * <p>Hostile files: every part is read through a size limit (a zip bomb stops at the limit instead of
 * filling the disk or heap), the archive may hold at most {@value #MAX_ENTRIES} entries, parts are looked up
 * by name through the zip's central directory, and all XML goes through {@link SafeXml} (no DTDs, no external
 * entities).
 */
public final class XlsxWorkbook implements Closeable {
    /** More entries than any real workbook of one list has; a higher count is a sign of a crafted archive. */
    static final int MAX_ENTRIES = 10_000;
    /** The workbook, relationship and style parts are small; a few MiB of them is already suspicious. */
    private static final long MAX_SMALL_PART_BYTES = 16L << 20;
    /**
     * The shared strings are held in memory, so they get a tighter limit than the streamed sheet: 128 MiB of XML
     * is some thirty times the OFSI list's table and keeps the heap needed bounded.
     */
    private static final long MAX_SHARED_STRINGS_BYTES = 128L << 20;

    private static final String REL_WORKSHEET = "/worksheet";
    private static final String REL_SHARED_STRINGS = "/sharedStrings";
    private static final String REL_STYLES = "/styles";
    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";

    private final ZipFile zip;
    private final String file;
    private final long maxBytes;
    private final Map<String, String> sheetParts;
    private final boolean date1904;
    private final String[] sharedStrings;
    private final boolean[] dateStyles;

    private XlsxWorkbook(ZipFile zip, String file, long maxBytes) throws ListParseException {
        this.zip = zip;
        this.file = file;
        this.maxBytes = maxBytes;
        String workbookPart = findWorkbookPart();
        Map<String, Relationship> rels = relationships(relsPartOf(workbookPart), directoryOf(workbookPart));
        Workbook wb = readWorkbook(workbookPart, rels);
        this.sheetParts = wb.sheets;
        this.date1904 = wb.date1904;
        String sst = null;
        String styles = null;
        for (Relationship rel : rels.values()) {
            if (rel.type.endsWith(REL_SHARED_STRINGS)) {
                sst = rel.target;
            } else if (rel.type.endsWith(REL_STYLES)) {
                styles = rel.target;
            }
        }
        this.sharedStrings = sst == null ? new String[0] : readSharedStrings(sst);
        this.dateStyles = styles == null ? new boolean[0] : CellStyles.dateStyles(this, styles);
    }

    /**
     * Opens a workbook.
     *
     * @param path the {@code .xlsx} file
     * @param maxBytes the most bytes the file, and each part of it once decompressed, may have
     * @throws ListParseException when the file is missing, not a zip, too large, or lacks a readable workbook
     */
    public static XlsxWorkbook open(Path path, long maxBytes) throws ListParseException {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new ListParseException(name + ": no such file");
        }
        ZipFile zip;
        try {
            if (Files.size(path) > maxBytes) {
                throw new ListParseException(name + ": the file is larger than the limit of " + maxBytes + " bytes");
            }
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new ListParseException(name + ": not an XLSX workbook (not a zip archive): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ListParseException(name + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            if (zip.size() > MAX_ENTRIES) {
                throw new ListParseException(
                        name + ": the archive holds " + zip.size() + " entries, more than the limit of " + MAX_ENTRIES);
            }
            return new XlsxWorkbook(zip, name, maxBytes);
        } catch (ListParseException | RuntimeException e) {
            closeQuietly(zip, e);
            throw e;
        }
    }

    /** The sheet names, in workbook order. */
    public List<String> sheetNames() {
        return List.copyOf(sheetParts.keySet());
    }

    /**
     * Opens a sheet for streaming.
     *
     * @param name the sheet name as the workbook lists it (case-insensitive)
     * @throws ListParseException when there is no such sheet or its part cannot be opened
     */
    public XlsxSheet sheet(String name) throws ListParseException {
        for (Map.Entry<String, String> e : sheetParts.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return new XlsxSheet(this, e.getKey(), e.getValue());
            }
        }
        throw new ListParseException(file + ": the workbook has no sheet named '" + name + "' (it has "
                + String.join(", ", sheetParts.keySet()) + ")");
    }

    /** Opens the first sheet of the workbook for streaming. */
    public XlsxSheet firstSheet() throws ListParseException {
        if (sheetParts.isEmpty()) {
            throw new ListParseException(file + ": the workbook has no sheets");
        }
        return sheet(sheetParts.keySet().iterator().next());
    }

    /** The file name, for messages. */
    public String fileName() {
        return file;
    }

    /** The shared string at an index, or null when the index is out of range. */
    String sharedString(int index) {
        return index >= 0 && index < sharedStrings.length ? sharedStrings[index] : null;
    }

    boolean isDateStyle(int style) {
        return style >= 0 && style < dateStyles.length && dateStyles[style];
    }

    boolean date1904() {
        return date1904;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Opens a part by name, size-limited; the caller closes it. */
    InputStream part(String name, long limit) throws ListParseException {
        ZipEntry entry = entry(name);
        if (entry == null) {
            throw new ListParseException(file + ": the workbook part " + name + " is missing");
        }
        try {
            return InputFiles.limited(
                    new BufferedInputStream(zip.getInputStream(entry), 1 << 16), limit, file + " part " + name);
        } catch (IOException e) {
            throw new ListParseException(file + ": the part " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    boolean hasPart(String name) {
        return entry(name) != null;
    }

    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e != null) {
            return e.isDirectory() ? null : e;
        }
        // Part names are case-insensitive in Open Packaging; writers differ in case ("xl/SharedStrings.xml").
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry candidate = all.nextElement();
            if (!candidate.isDirectory() && candidate.getName().equalsIgnoreCase(name)) {
                return candidate;
            }
        }
        return null;
    }

    /** Wraps an XML failure of a part into the module's exception, naming file, part and position. */
    ListParseException xmlFailure(String part, XMLStreamException e) {
        String where =
                e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
        return new ListParseException(file + ": " + part + where + ": malformed XML: " + e.getMessage(), e);
    }

    private String findWorkbookPart() throws ListParseException {
        if (hasPart("_rels/.rels")) {
            for (Relationship rel : relationships("_rels/.rels", "").values()) {
                if (rel.type.endsWith(REL_OFFICE_DOCUMENT) && hasPart(rel.target)) {
                    return rel.target;
                }
            }
        }
        if (hasPart("xl/workbook.xml")) {
            return "xl/workbook.xml";
        }
        throw new ListParseException(file + ": not an XLSX workbook (no workbook part)");
    }

    private record Relationship(String id, String type, String target) {}

    private record Workbook(Map<String, String> sheets, boolean date1904) {}

    private Map<String, Relationship> relationships(String relsPart, String baseDir) throws ListParseException {
        Map<String, Relationship> out = new LinkedHashMap<>();
        if (!hasPart(relsPart)) {
            return out;
        }
        try (InputStream in = part(relsPart, MAX_SMALL_PART_BYTES)) {
            XMLStreamReader r = SafeXml.reader(in, file + " part " + relsPart);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT
                            && r.getLocalName().equals("Relationship")) {
                        String id = attr(r, "Id");
                        String type = attr(r, "Type");
                        String target = attr(r, "Target");
                        if (!"External".equalsIgnoreCase(attr(r, "TargetMode")) && !target.isEmpty()) {
                            out.put(id, new Relationship(id, type, resolve(baseDir, target)));
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw xmlFailure(relsPart, e);
        } catch (IOException e) {
            throw new ListParseException(file + ": the part " + relsPart + " cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    private Workbook readWorkbook(String part, Map<String, Relationship> rels) throws ListParseException {
        Map<String, String> sheets = new LinkedHashMap<>();
        boolean d1904 = false;
        try (InputStream in = part(part, MAX_SMALL_PART_BYTES)) {
            XMLStreamReader r = SafeXml.reader(in, file + " part " + part);
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamReader.START_ELEMENT) {
                        continue;
                    }
                    String name = r.getLocalName();
                    if (name.equals("workbookPr")) {
                        String v = attr(r, "date1904");
                        d1904 = v.equals("1") || v.equalsIgnoreCase("true");
                    } else if (name.equals("sheet")) {
                        String sheetName = attr(r, "name");
                        Relationship rel = rels.get(attr(r, "id"));
                        if (rel != null && rel.type.endsWith(REL_WORKSHEET)) {
                            sheets.put(sheetName, rel.target);
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw xmlFailure(part, e);
        } catch (IOException e) {
            throw new ListParseException(file + ": the part " + part + " cannot be read: " + e.getMessage(), e);
        }
        return new Workbook(sheets, d1904);
    }

    private String[] readSharedStrings(String part) throws ListParseException {
        List<String> out = new ArrayList<>();
        try (InputStream in = part(part, Math.min(maxBytes, MAX_SHARED_STRINGS_BYTES))) {
            XMLStreamReader r = SafeXml.reader(in, file + " part " + part);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("si")) {
                        out.add(OoxmlText.item(r));
                    } else if (ev == XMLStreamReader.ENTITY_REFERENCE) {
                        throw new XMLStreamException("entity references are not allowed", r.getLocation());
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw xmlFailure(part, e);
        } catch (IOException e) {
            throw new ListParseException(file + ": the part " + part + " cannot be read: " + e.getMessage(), e);
        }
        return out.toArray(new String[0]);
    }

    /** Reads a small part (the styles) with the given handler. */
    interface PartHandler<T> {
        T read(XMLStreamReader r) throws XMLStreamException;
    }

    <T> T readSmallPart(String part, PartHandler<T> handler) throws ListParseException {
        try (InputStream in = part(part, MAX_SMALL_PART_BYTES)) {
            XMLStreamReader r = SafeXml.reader(in, file + " part " + part);
            try {
                return handler.read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw xmlFailure(part, e);
        } catch (IOException e) {
            throw new ListParseException(file + ": the part " + part + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** An attribute by local name, whatever its namespace ({@code r:id}, {@code Id}); empty when absent. */
    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                String v = r.getAttributeValue(i);
                return v == null ? "" : v;
            }
        }
        return "";
    }

    private static String relsPartOf(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0
                ? "_rels/" + part + ".rels"
                : part.substring(0, slash) + "/_rels/" + part.substring(slash + 1) + ".rels";
    }

    private static String directoryOf(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    /** Resolves a relationship target against the directory of its source part, to a zip entry name. */
    static String resolve(String baseDir, String target) {
        String t = target.replace('\\', '/');
        String joined = t.startsWith("/") ? t.substring(1) : baseDir + t;
        Deque<String> segments = new ArrayDeque<>();
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(seg);
            }
        }
        return String.join("/", segments);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void closeQuietly(ZipFile zip, Exception cause) {
        try {
            zip.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public String toString() {
        return "XlsxWorkbook[" + file + ", sheets=" + sheetParts.keySet() + "]";
    }
}
