package org.tollgate.app.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit chain from its first record to its head.
 *
 * @param intact true when every record's hash matches its content, every record links to the one before, the
 *     sequence has no gaps and the chain head points at the last record
 * @param recordsChecked how many records were read
 * @param lastSeq sequence number of the last record read (0 for an empty log)
 * @param lastHash hash of the last record read (the genesis value for an empty log)
 * @param firstBrokenSeq the first record at which the chain breaks, null when intact
 * @param problem what is wrong there, null when intact
 */
public record ChainVerification(
        boolean intact,
        long recordsChecked,
        long lastSeq,
        String lastHash,
        @Nullable Long firstBrokenSeq,
        @Nullable String problem) {}
