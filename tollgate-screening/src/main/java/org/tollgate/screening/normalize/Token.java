package org.tollgate.screening.normalize;

import java.util.Objects;

/**
 * One token of a normalised name.
 *
 * @param text the normalised form compared with other tokens: lower-case ASCII letters and digits, or a
 *     legal-form marker starting with {@code #}
 * @param source the word of the original name the token came from, for explanations
 * @param kind what the token is
 * @param consonantal whether the token was transliterated from a script that does not write short vowels
 *     (Arabic, Persian, Hebrew), so it must be compared by its consonants
 * @param middle whether the token is a middle name (neither the first given name nor the surname) of a name
 *     of three or more words: missing middle names cost less
 * @param patronymic whether the token is a patronymic ("Vladimirovich"), often left out
 * @param syllabic whether the token was romanised from a syllabic script (Han, Hangul, Kana): its syllables are
 *     short and each a different name, so only equal or variant spellings match it, never typo distance
 */
public record Token(
        String text,
        String source,
        TokenKind kind,
        boolean consonantal,
        boolean middle,
        boolean patronymic,
        boolean syllabic) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a token must not be empty");
        }
    }

    /** A plain word token. */
    public static Token word(String text, String source, boolean consonantal, boolean syllabic) {
        return new Token(text, source, TokenKind.WORD, consonantal, false, false, syllabic);
    }

    public Token withText(String newText) {
        return new Token(newText, source, kind, consonantal, middle, patronymic, syllabic);
    }

    public Token withKind(TokenKind newKind) {
        return new Token(text, source, newKind, consonantal, middle, patronymic, syllabic);
    }

    public Token withPosition(boolean isMiddle, boolean isPatronymic) {
        return new Token(text, source, kind, consonantal, isMiddle, isPatronymic, syllabic);
    }

    @Override
    public String toString() {
        return text;
    }
}
