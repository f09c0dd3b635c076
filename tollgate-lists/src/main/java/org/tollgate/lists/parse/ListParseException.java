package org.tollgate.lists.parse;

import java.util.List;

/**
 * The one exception type of the lists module for expected failures: a file that cannot be read at all,
 * a problem in strict mode, or a snapshot that fails validation. It names where and why.
 */
public class ListParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ParseProblem> problems;

    public ListParseException(String message) {
        super(message);
        this.problems = List.of();
    }

    public ListParseException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public ListParseException(ParseProblem problem) {
        super(problem.toString());
        this.problems = List.of(problem);
    }

    /** The problems that caused this failure, if it came from parsing. */
    public List<ParseProblem> problems() {
        return problems;
    }
}
