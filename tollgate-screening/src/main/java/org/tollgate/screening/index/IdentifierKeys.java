package org.tollgate.screening.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forms an identifier is compared by: letters and digits in upper case ("AB 123-456" = "ab123456"), and
 * for a number with a letter prefix such as "IMO 9123456" also the digits alone, because lists and
 * customers write the prefix inconsistently.
 */
public final class IdentifierKeys {
    /** Shorter values are too likely to agree by chance. */
    public static final int MIN_LENGTH = 4;

    private IdentifierKeys() {}

    public static List<String> of(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toUpperCase)
                .forEach(b::appendCodePoint);
        String n = b.toString().toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>(2);
        if (n.length() >= MIN_LENGTH) {
            out.add(n);
        }
        int i = 0;
        while (i < n.length() && Character.isLetter(n.charAt(i))) {
            i++;
        }
        if (i > 0 && n.length() - i >= 6) {
            boolean digits = true;
            for (int k = i; k < n.length(); k++) {
                digits &= Character.isDigit(n.charAt(k));
            }
            if (digits) {
                out.add(n.substring(i));
            }
        }
        return out;
    }
}
