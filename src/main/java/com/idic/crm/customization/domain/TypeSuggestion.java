package com.idic.crm.customization.domain;

import com.idic.crm.customization.CustomizationType;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;

/**
 * The customization type the customer's value suggests (DOMAIN.md sections 2 and 4): the most valuable
 * customers get the closest, hardest-to-imitate customization; the many small ones the cheapest.
 * A suggestion only: the marketer decides.
 */
public final class TypeSuggestion {

    private TypeSuggestion() {
    }

    /** Null tier or quadrant = the customer has no score yet. */
    public static CustomizationType suggest(Tier tier, Quadrant quadrant) {
        if (tier == Tier.PLATINUM || quadrant == Quadrant.VIP) {
            return CustomizationType.COLLABORATIVE;
        }
        if (tier == Tier.GOLD) {
            return CustomizationType.TRANSPARENT;
        }
        if (tier == Tier.IRON && quadrant == Quadrant.IMPROVE) {
            // growable: a visible personal touch at low cost helps move them up to gold
            return CustomizationType.COSMETIC;
        }
        return CustomizationType.ADAPTIVE;
    }
}
