package com.idic.crm.customization;

/**
 * The course's four types of customization (DOMAIN.md section 4) with their criteria. Each criterion
 * is graded on the course's scale: LOW < LOWER < HIGHER < HIGH (the course ranks cosmetic just above
 * adaptive on cost, and transparent just below collaborative).
 */
public enum CustomizationType {
    ADAPTIVE(Grade.LOW, Grade.HIGH, Grade.LOW, Grade.LOW),
    COSMETIC(Grade.LOWER, Grade.HIGHER, Grade.LOW, Grade.LOW),
    COLLABORATIVE(Grade.HIGH, Grade.LOW, Grade.HIGH, Grade.HIGH),
    TRANSPARENT(Grade.HIGHER, Grade.LOWER, Grade.HIGH, Grade.HIGH);

    public enum Grade { LOW, LOWER, HIGHER, HIGH }

    private final Grade cost;
    private final Grade imitation;
    private final Grade closeness;
    private final Grade advantage;

    CustomizationType(Grade cost, Grade imitation, Grade closeness, Grade advantage) {
        this.cost = cost;
        this.imitation = imitation;
        this.closeness = closeness;
        this.advantage = advantage;
    }

    /** Cost to implement. */
    public Grade cost() { return cost; }
    /** Ease of imitation by competitors. */
    public Grade imitation() { return imitation; }
    /** Closeness of the relationship it builds. */
    public Grade closeness() { return closeness; }
    /** Competitive advantage it gives. */
    public Grade advantage() { return advantage; }
}
