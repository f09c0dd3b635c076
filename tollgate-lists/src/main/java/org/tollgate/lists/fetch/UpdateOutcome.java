package org.tollgate.lists.fetch;

/** What became of one attempt to update a source. */
public enum UpdateOutcome {
    /** A new snapshot passed validation and is now in force. */
    ACCEPTED,
    /** The source has not changed (HTTP 304 or the same content hash). */
    UNCHANGED,
    /** A new snapshot was read but failed validation; the last good one stays in force. */
    REJECTED,
    /** The source could not be fetched or read at all; the last good one stays in force. */
    FAILED
}
