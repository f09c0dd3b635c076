/**
 * The UK's consolidated list of financial sanctions targets published by OFSI ("ConList"), as CSV ({@link
 * org.tollgate.lists.uk.ConListCsvParser}) and XLSX ({@link org.tollgate.lists.uk.ConListXlsxParser}).
 */
package org.tollgate.lists.uk;
