package com.idic.crm.customization.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Customers like this also took": among the customer's peers (same tier and quadrant), the ones whose purchases
 * cover most of the customer's categories are its neighbours; the categories most neighbours bought and the
 * customer has not come first, ties by name.
 */
public final class PeerCategories {

    /** A category and how many neighbours bought it. */
    public record Pick(String category, long peers) {
    }

    private PeerCategories() {
    }

    /**
     * The peers most like the customer: those who bought most of the customer's own categories (a peer who bought
     * all of them is as close as one can be, whatever else it bought), in the given order among equals. Peers who
     * bought nothing, or none of the customer's categories when it has some, are no neighbours.
     */
    public static List<Set<String>> neighbours(Set<String> own, List<Set<String>> peers, int count) {
        return peers.stream()
                .filter(peer -> !peer.isEmpty() && (own.isEmpty() || shared(own, peer) > 0))
                .sorted(Comparator.comparingLong((Set<String> peer) -> shared(own, peer)).reversed())
                .limit(count)
                .toList();
    }

    public static List<Pick> rank(Set<String> own, List<Set<String>> neighbours, int limit) {
        Map<String, Long> bought = neighbours.stream().flatMap(Set::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return bought.entrySet().stream()
                .filter(entry -> !own.contains(entry.getKey()))
                .map(entry -> new Pick(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Pick::peers).reversed().thenComparing(Pick::category))
                .limit(limit)
                .toList();
    }

    private static long shared(Set<String> own, Set<String> peer) {
        return own.stream().filter(peer::contains).count();
    }
}
