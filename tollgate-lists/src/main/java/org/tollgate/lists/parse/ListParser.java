package org.tollgate.lists.parse;

import java.nio.file.Path;

/**
 * Reads one list format into the canonical model. Implementations are stateless and thread-safe: each call
 * reads its input from scratch, streaming it rather than loading it whole.
 */
public interface ListParser {
    /**
     * Parses a list.
     *
     * @param path the file, or for multi-file CSV sets the directory holding them
     * @param options strict or lenient, source override, size limit
     * @return the entities, metadata and problems
     * @throws ListParseException when the input cannot be read at all, or at the first problem in strict mode
     */
    ParsedList parse(Path path, ParseOptions options) throws ListParseException;
}
