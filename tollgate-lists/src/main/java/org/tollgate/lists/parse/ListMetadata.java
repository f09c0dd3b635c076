package org.tollgate.lists.parse;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parsed list says about itself.
 *
 * @param source the source id of its entities
 * @param format the format it was read as
 * @param origin the path or URL it was read from (file name only for local files in reports)
 * @param publishedAt the publication date the file states, when it has one
 * @param recordCount the number of records read (before merging rows that describe one entity)
 * @param declaredCount the number of records the file itself declares, or -1 when it declares none
 */
public record ListMetadata(
        String source,
        ListFormat format,
        String origin,
        Optional<LocalDate> publishedAt,
        int recordCount,
        int declaredCount) {
    public ListMetadata {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        origin = origin == null ? "" : origin;
        publishedAt = publishedAt == null ? Optional.empty() : publishedAt;
    }
}
