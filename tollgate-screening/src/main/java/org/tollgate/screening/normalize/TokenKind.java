package org.tollgate.screening.normalize;

/**
 * What a normalised name token is, which decides how much it counts when names are compared. The kind is
 * assigned by the normalisation stages; the scoring multiplies a token's inverse document frequency by
 * {@link #weightFactor()}.
 */
public enum TokenKind {
    /** An ordinary name word: counts fully. */
    WORD(1.0),
    /** A generic organisation word ("trading", "group", "bank"): shared by unrelated companies. */
    GENERIC(0.3),
    /** A name particle ("al", "bin", "de", "van"): present or absent in different writings of one name. */
    PARTICLE(0.12),
    /** A canonical legal-form marker ({@code #llc}, {@code #jsc}, ...): almost no identifying power. */
    LEGAL_FORM(0.05),
    /** A single letter, usually an initial. */
    INITIAL(0.25);

    private final double weightFactor;

    TokenKind(double weightFactor) {
        this.weightFactor = weightFactor;
    }

    /** The factor applied to the token's frequency weight. */
    public double weightFactor() {
        return weightFactor;
    }

    /** Whether the token identifies a party on its own account (a word, not a particle or a legal form). */
    public boolean meaningful() {
        return this == WORD;
    }
}
