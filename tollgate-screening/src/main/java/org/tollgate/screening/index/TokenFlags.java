package org.tollgate.screening.index;

import org.tollgate.screening.normalize.Token;
import org.tollgate.screening.normalize.TokenKind;

/** Packs what the scoring needs to know about one indexed token into a byte. */
public final class TokenFlags {
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int KIND_MASK = 7;
    private static final int MIDDLE = 8;
    private static final int PATRONYMIC = 16;
    private static final int CONSONANTAL = 32;
    private static final int SYLLABIC = 64;

    private TokenFlags() {}

    public static byte of(Token t) {
        int f = t.kind().ordinal();
        if (t.middle()) {
            f |= MIDDLE;
        }
        if (t.patronymic()) {
            f |= PATRONYMIC;
        }
        if (t.consonantal()) {
            f |= CONSONANTAL;
        }
        if (t.syllabic()) {
            f |= SYLLABIC;
        }
        return (byte) f;
    }

    public static TokenKind kind(byte flags) {
        return KINDS[flags & KIND_MASK];
    }

    public static boolean middle(byte flags) {
        return (flags & MIDDLE) != 0;
    }

    public static boolean patronymic(byte flags) {
        return (flags & PATRONYMIC) != 0;
    }

    public static boolean syllabic(byte flags) {
        return (flags & SYLLABIC) != 0;
    }

    public static boolean consonantal(byte flags) {
        return (flags & CONSONANTAL) != 0;
    }
}
