package org.tollgate.lists.parse;

import java.util.Objects;

/**
 * One problem found while reading a list file: where it is and why it could not be read.
 *
 * @param file the file name (no directories, to keep machine paths out of reports)
 * @param location where in the file: {@code line 12}, {@code line 12, field 3 (ent_num)}, or an element path
 *     such as {@code INDIVIDUAL #17 (DATAID 6908443)}
 * @param reason what is wrong, in plain words
 */
public record ParseProblem(String file, String location, String reason) {
    public ParseProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ": " + location + ": " + reason;
    }
}
