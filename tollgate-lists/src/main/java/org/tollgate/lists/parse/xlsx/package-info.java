/**
 * A small streaming reader of Office Open XML workbooks ({@code .xlsx}) for lists published as spreadsheets:
 * shared strings and styles in memory, sheet rows streamed, every part size-limited and read through
 * {@link org.tollgate.lists.parse.SafeXml}.
 */
package org.tollgate.lists.parse.xlsx;
