package org.tollgate.screening.normalize;

import java.util.Objects;

/**
 * A token while the normalisation stages work on it, with what the tokenizer saw around it.
 *
 * @param token the token
 * @param separator the character that followed it in the name (' ' for none or white space, '-', '.', ',',
 *     ...); stages use it to tell an article ("ad-Din") or an abbreviation ("S.A.") from a word
 * @param group 0 before the comma of a {@code LAST, First} name, 1 after it; 0 throughout otherwise
 */
public record Piece(Token token, char separator, int group) {
    public Piece {
        Objects.requireNonNull(token, "token");
    }

    public String text() {
        return token.text();
    }

    public Piece with(Token t) {
        return new Piece(t, separator, group);
    }
}
