/** Tollgate's own CSV format for a provider's internal lists ({@link org.tollgate.lists.custom.CustomCsvParser}). */
package org.tollgate.lists.custom;
