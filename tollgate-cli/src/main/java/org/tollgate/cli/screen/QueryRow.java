package org.tollgate.cli.screen;

import org.tollgate.screening.ScreeningQuery;

/**
 * One data row of a query file, its fields as written (empty when the column is absent).
 *
 * @param row the data row number, 1 for the first row after the header
 * @param line the physical line the row starts on (a quoted field may span lines)
 * @param id the caller's id for the row
 * @param name the name to screen
 * @param type person, organization, vessel or aircraft
 * @param birthDate YYYY, YYYY-MM or YYYY-MM-DD
 * @param country ISO alpha-2 code or English country name
 * @param identifier a passport, registration or IMO number
 */
public record QueryRow(
        int row, int line, String id, String name, String type, String birthDate, String country, String identifier) {

    /**
     * The query of this row.
     *
     * @throws org.tollgate.screening.ScreeningException naming the field that is wrong
     */
    public ScreeningQuery query() {
        if (id.isEmpty()) {
            throw new org.tollgate.screening.ScreeningException("id is empty");
        }
        return ScreeningQuery.parse(name, type, birthDate, country, identifier);
    }
}
