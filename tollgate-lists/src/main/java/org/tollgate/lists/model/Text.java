package org.tollgate.lists.model;

/** Small text rules shared by the model's records so that no field ever holds null. */
final class Text {
    private Text() {}

    /** Trims, folds runs of white space into one space and turns null into the empty string. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (isClean(s)) {
            return s;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether the text needs no change: the common case, checked without allocating. */
    private static boolean isClean(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (prev == ' ') {
                    return false;
                }
            } else if (c < ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
            prev = c;
        }
        return prev != ' ';
    }
}
