package org.tollgate.lists.parse;

/**
 * How a parser treats bad input.
 *
 * @param strict stop at the first problem (true) or collect every problem and go on (false, the default for
 *     official lists)
 * @param sourceOverride a source id to use instead of the format's default ({@code us_ofac_cons} for an
 *     OFAC XML file holding the consolidated list, {@code custom_<name>} for custom lists), or empty
 * @param maxBytes the largest input accepted, in bytes; larger input is refused before it is read whole
 */
public record ParseOptions(boolean strict, String sourceOverride, long maxBytes) {
    /** 512 MiB: far above any official list today, small enough to stop a runaway download. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    public ParseOptions {
        sourceOverride = sourceOverride == null ? "" : sourceOverride.strip();
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    public static ParseOptions lenient() {
        return new ParseOptions(false, "", DEFAULT_MAX_BYTES);
    }

    public static ParseOptions strictMode() {
        return new ParseOptions(true, "", DEFAULT_MAX_BYTES);
    }

    public ParseOptions withSource(String source) {
        return new ParseOptions(strict, source, maxBytes);
    }

    /** The source id to stamp on entities: the override when given, else {@code defaultSource}. */
    public String sourceOr(String defaultSource) {
        return sourceOverride.isEmpty() ? defaultSource : sourceOverride;
    }
}
