package org.tollgate.lists.model;

/** How precisely a date is known. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY
}
