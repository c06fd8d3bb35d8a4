package com.idic.crm.customization.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Customers like this also took": the product categories most of the customer's peers (same tier and
 * quadrant) bought and the customer has not, most-bought first, ties by name.
 */
public final class PeerCategories {

    /** A category and how many peers bought it. */
    public record Pick(String category, long peers) {
    }

    private PeerCategories() {
    }

    public static List<Pick> rank(Set<String> own, Map<String, Long> peersPerCategory, int limit) {
        return peersPerCategory.entrySet().stream()
                .filter(entry -> !own.contains(entry.getKey()) && entry.getValue() > 0)
                .map(entry -> new Pick(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Pick::peers).reversed().thenComparing(Pick::category))
                .limit(limit)
                .toList();
    }
}
