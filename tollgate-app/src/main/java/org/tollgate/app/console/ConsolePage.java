package org.tollgate.app.console;

/**
 * Marks the controllers of the analyst console's signed-in pages, so that {@link ConsoleAdvice} adds the signed-in
 * user to their models and renders their errors as pages (the REST API answers problem documents instead).
 */
interface ConsolePage {}
