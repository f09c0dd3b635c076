package org.tollgate.lists.parse.xlsx;

/** Reads A1-style cell references ({@code B3}, {@code AJ18798}). */
final class CellReference {
    /** The largest column a worksheet can have (XFD). */
    static final int MAX_COLUMNS = 16_384;
    /** The largest row number a worksheet can have. */
    static final int MAX_ROWS = 1_048_576;

    private CellReference() {}

    /**
     * The 0-based column of a reference such as {@code AJ18798}.
     *
     * @return the column, or -1 when the reference does not start with 1 to 3 letters naming a column in range
     */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && i < 4) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        if (i == 0 || i > 3 || col > MAX_COLUMNS) {
            return -1;
        }
        return col - 1;
    }

    /** The column letters of a 0-based column index, for messages. */
    static String letters(int column) {
        StringBuilder b = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            b.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return b.toString();
    }
}
