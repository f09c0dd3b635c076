package org.tollgate.screening.explain;

/**
 * A word of the query or of the list name that matched nothing.
 *
 * @param token the word, normalised
 * @param kind its kind ({@code word}, {@code generic}, {@code particle}, {@code legal_form}, {@code initial})
 * @param weight what its absence costs in the name score (its weight times the discount for middle names
 *     and patronymics)
 */
public record UnmatchedToken(String token, String kind, double weight) {}
