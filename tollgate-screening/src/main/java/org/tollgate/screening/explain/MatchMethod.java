package org.tollgate.screening.explain;

import java.util.Locale;

/** How a query word was found to match a list word. */
public enum MatchMethod {
    /** The same normalised token (after case, accents, punctuation and transliteration were removed). */
    EXACT,
    /** Spellings of one name in the romanisation variant tables (Muhammad / Mohammed). */
    VARIANT,
    /** Equal consonants of a word from a script that does not write short vowels (Arabic, Persian, Hebrew). */
    TRANSLITERATION,
    /** Equal sound keys (Double Metaphone) or consonant skeletons. */
    PHONETIC,
    /** One or two typing edits apart. */
    EDIT_DISTANCE,
    /** Close by Jaro-Winkler similarity: the fall-back for other spellings. */
    JARO_WINKLER,
    /** A single letter matching the first letter of a word. */
    INITIAL,
    /** One word matching two words written together ("ALQAIDA" and "AL QAIDA"). */
    JOINED;

    /** The lower-case code used in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code, so that writers of JSON or text show {@code exact}, {@code variant}, ... */
    @Override
    public String toString() {
        return code();
    }
}
