package org.tollgate.lists.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one parse. In strict mode the first problem ends the parse with a {@link
 * ListParseException}; in lenient mode every problem is kept and the parser goes on with the next record.
 */
public final class Problems {
    /** Caps memory when a file is garbage from end to end; the count stays exact. */
    private static final int MAX_KEPT = 10_000;

    private final boolean strict;
    private final List<ParseProblem> kept = new ArrayList<>();
    private int count;

    public Problems(boolean strict) {
        this.strict = strict;
    }

    public Problems(ParseOptions options) {
        this(options.strict());
    }

    /**
     * Records a problem.
     *
     * @throws ListParseException in strict mode
     */
    public void report(String file, String location, String reason) throws ListParseException {
        ParseProblem p = new ParseProblem(file, location, reason);
        count++;
        if (kept.size() < MAX_KEPT) {
            kept.add(p);
        }
        if (strict) {
            throw new ListParseException(p);
        }
    }

    /** The number of problems reported (may exceed the number kept). */
    public int count() {
        return count;
    }

    /** The problems kept, in the order found. */
    public List<ParseProblem> list() {
        return List.copyOf(kept);
    }
}
