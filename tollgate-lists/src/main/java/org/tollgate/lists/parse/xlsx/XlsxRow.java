package org.tollgate.lists.parse.xlsx;

import java.util.List;

/**
 * One row of a worksheet, with its cells placed by their column reference so that a missing cell leaves an
 * empty string in its column.
 *
 * @param number the 1-based row number as the sheet states it ({@code <row r="5">})
 * @param cells the cell texts by 0-based column (A = 0); trailing missing cells are simply absent
 * @param problems what could not be read in this row (a bad shared-string index, a cell reference out of
 *     range, ...), each naming the cell; the row is otherwise usable
 */
public record XlsxRow(int number, List<String> cells, List<String> problems) {
    public XlsxRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    /** The text of a cell by 0-based column, or the empty string when the row has no such cell. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** Whether every cell of the row is empty. */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
