package org.tollgate.lists.parse;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens list files safely: a size limit on what is read (also after decompression, against zip bombs), and
 * transparent gzip and single-file zip by their magic bytes, so a parser never cares how a file was packed.
 */
public final class InputFiles {
    private InputFiles() {}

    /**
     * Opens a file for streaming, decompressing gzip or the first matching entry of a zip.
     *
     * @param path the file
     * @param maxBytes the most bytes the (decompressed) content may have
     * @param zipEntrySuffix for zip files: the first entry whose name ends with this (case-insensitive) is read;
     *     empty for the first entry
     */
    public static InputStream open(Path path, long maxBytes, String zipEntrySuffix) throws ListParseException {
        if (!Files.isRegularFile(path)) {
            throw new ListParseException(path.getFileName() + ": no such file");
        }
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            raw.mark(4);
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            InputStream in = raw;
            if (b1 == 0x1f && b2 == 0x8b) {
                in = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
            } else if (b1 == 'P' && b2 == 'K') {
                ZipInputStream zip = new ZipInputStream(raw);
                ZipEntry e;
                String suffix = zipEntrySuffix.toLowerCase(java.util.Locale.ROOT);
                while ((e = zip.getNextEntry()) != null) {
                    if (!e.isDirectory()
                            && e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
                        break;
                    }
                }
                if (e == null) {
                    zip.close();
                    throw new ListParseException(
                            path.getFileName() + ": the zip holds no entry ending in '" + zipEntrySuffix + "'");
                }
                in = new BufferedInputStream(zip, 1 << 16);
            }
            return limited(in, maxBytes, path.getFileName().toString());
        } catch (IOException e) {
            throw new ListParseException(path.getFileName() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static InputStream open(Path path, long maxBytes) throws ListParseException {
        return open(path, maxBytes, "");
    }

    /** Wraps a stream so that reading past {@code maxBytes} fails with a clear message. */
    public static InputStream limited(InputStream in, long maxBytes, String name) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) throws IOException {
                read += n;
                if (read > maxBytes) {
                    throw new IOException(name + " is larger than the limit of " + maxBytes + " bytes");
                }
            }
        };
    }
}
