package org.tollgate.app.alert;

/**
 * Published (synchronously, in the transaction that changed the alert) when an alert is opened, decided or closed,
 * so that webhooks can announce it from the same transaction (outbox).
 *
 * @param alert the alert as it is now
 * @param action {@code opened}, a decision ({@code true_match_proposed}, {@code true_match_confirmed}, {@code
 *     true_match}, {@code false_positive}, {@code escalated}) or {@code closed_delisted}
 */
public record AlertEvent(Alert alert, String action) {}
