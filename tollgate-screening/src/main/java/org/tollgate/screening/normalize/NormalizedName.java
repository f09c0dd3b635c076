package org.tollgate.screening.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A name after normalisation: its tokens in written order (order carries no meaning for matching; it only
 * tells first, middle and last names apart).
 *
 * @param original the name as given
 * @param tokens the tokens; never empty for a name that has any letter or digit
 * @param removed words the pipeline dropped (titles and honorifics), for explanations
 */
public record NormalizedName(String original, List<Token> tokens, List<String> removed) {
    public NormalizedName {
        Objects.requireNonNull(original, "original");
        tokens = List.copyOf(tokens);
        removed = List.copyOf(removed);
    }

    /** The token texts, space separated. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }

    /** Number of meaningful (word) tokens. */
    public int meaningfulCount() {
        int n = 0;
        for (Token t : tokens) {
            if (t.kind().meaningful()) {
                n++;
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
