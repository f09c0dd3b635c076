package org.tollgate.lists.csl;

import java.util.List;
import java.util.Map;
import org.tollgate.lists.model.Address;

/**
 * One CSL record as read from either the CSV or the JSON publication, before it becomes an entity. Both forms
 * carry the same fields; the CSV flattens the lists into {@code ;}-separated text, which the CSV reader has
 * already split.
 *
 * @param id the CSL's own id ({@code _id} in the CSV, {@code id} in JSON)
 * @param source the list the record comes from, as the CSL names it
 * @param type Individual, Entity, Vessel, Aircraft or empty
 * @param name the name
 * @param altNames other names
 * @param programs sanctions programmes
 * @param addresses addresses
 * @param ids identifying numbers and the other facts OFAC keeps beside them (gender, secondary-sanctions risk)
 * @param datesOfBirth dates of birth as written ({@code 1970-05-01}, {@code 1970}, {@code circa 1970},
 *     {@code 1968 to 1970})
 * @param placesOfBirth places of birth
 * @param nationalities nationalities
 * @param citizenships citizenships
 * @param details the other non-empty fields an entity takes something from, by their CSL names ({@code title},
 *     {@code remarks}, {@code start_date}, {@code call_sign}, ...; see {@link #DETAIL_FIELDS}). The entity number
 *     (the id again for Treasury lists) and the two generic links to the source list's web pages are not kept.
 */
record CslRecord(
        String id,
        String source,
        String type,
        String name,
        List<String> altNames,
        List<String> programs,
        List<Address> addresses,
        List<CslId> ids,
        List<String> datesOfBirth,
        List<String> placesOfBirth,
        List<String> nationalities,
        List<String> citizenships,
        Map<String, String> details) {

    /** The fields kept in {@link #details()}, in the order their remarks are written. */
    static final List<String> DETAIL_FIELDS = List.of(
            "title",
            "remarks",
            "federal_register_notice",
            "start_date",
            "end_date",
            "standard_order",
            "license_requirement",
            "license_policy",
            "call_sign",
            "vessel_type",
            "gross_tonnage",
            "gross_registered_tonnage",
            "vessel_flag",
            "vessel_owner");

    String detail(String field) {
        String v = details.get(field);
        return v == null ? "" : v.strip();
    }

    /**
     * One entry of the CSL's {@code ids}: an identifying number, or one of the facts OFAC files the same way
     * ("Male, Gender").
     *
     * @param label the CSL's type for it ("Passport", "Gender", "Secondary sanctions risk:")
     * @param value the number or value
     * @param country the issuing country as written (usually an alpha-2 code), or empty
     */
    record CslId(String label, String value, String country) {}
}
