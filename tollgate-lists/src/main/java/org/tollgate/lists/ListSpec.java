package org.tollgate.lists;

import java.nio.file.Path;
import java.util.Objects;
import org.tollgate.lists.parse.ListFormat;

/**
 * A list to read, as written on the command line: {@code FORMAT=PATH}, e.g. {@code ofac-csv=../lists/sdn}.
 *
 * @param format the format
 * @param path the file, or the directory of a CSV set
 */
public record ListSpec(ListFormat format, Path path) {
    public ListSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses {@code FORMAT=PATH}.
     *
     * @throws IllegalArgumentException naming the accepted formats when the text is not of that form
     */
    public static ListSpec parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("expected FORMAT=PATH, e.g. ofac-csv=path/to/dir, but got '" + text
                    + "'; formats: " + ListFormat.codes());
        }
        String code = text.substring(0, eq);
        ListFormat format = ListFormat.byCode(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown list format '" + code + "'; formats: " + ListFormat.codes()));
        return new ListSpec(format, Path.of(text.substring(eq + 1)));
    }

    @Override
    public String toString() {
        return format.code() + "=" + path;
    }
}
