package org.tollgate.lists.fetch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tollgate.lists.parse.ListFormat;

/**
 * Where one source's list is published: its format and the file(s) to download. A CSV set (OFAC's four
 * files) has several files, downloaded into one directory under their own names.
 *
 * @param source the source id ({@code us_ofac_sdn}, ...)
 * @param format the format the files are in
 * @param files file name to URL, in download order; one entry for single-file lists
 */
public record SourceDefinition(String source, ListFormat format, Map<String, URI> files) {
    public SourceDefinition {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("a source needs at least one file");
        }
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** A single-file source. */
    public static SourceDefinition single(String source, ListFormat format, String fileName, String url) {
        return new SourceDefinition(source, format, Map.of(fileName, URI.create(url)));
    }

    /** Whether the parser reads a directory (several files) rather than one file. */
    public boolean isSet() {
        return files.size() > 1;
    }

    /** This source with every file's URL replaced by one URL (for a single-file source) or base URL. */
    public SourceDefinition withUrl(String url) {
        if (!isSet()) {
            return single(source, format, files.keySet().iterator().next(), url);
        }
        String base = url.endsWith("/") ? url : url + "/";
        Map<String, URI> m = new LinkedHashMap<>();
        files.keySet().forEach(name -> m.put(name, URI.create(base + name)));
        return new SourceDefinition(source, format, m);
    }
}
