package com.idic.crm.customization.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.idic.crm.demo.DemoDataGenerator;
import com.idic.crm.demo.GeneratedOrder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeerCategoriesTest {

    /** How likely a generated peer bought each category: training is what most peers took. */
    private static final Map<String, Double> LIKELIHOOD = Map.of(
            "Office Equipment", 0.95, "Training", 0.80, "Maintenance Service", 0.60, "Consumables", 0.45,
            "Furniture", 0.30, "Custom Solutions", 0.10, "Electronics", 0.05);

    @Test
    void recommendsWhatMostGeneratedPeersBoughtAndTheCustomerHasNot() {
        Random random = new Random(20261205);
        List<Set<String>> peers = new ArrayList<>();
        for (int peer = 0; peer < 500; peer++) {
            Set<String> bought = new HashSet<>();
            LIKELIHOOD.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .filter(entry -> random.nextDouble() < entry.getValue()).forEach(entry -> bought.add(entry.getKey()));
            peers.add(bought);
        }
        Set<String> own = Set.of("Office Equipment", "Consumables");

        List<PeerCategories.Pick> picks = PeerCategories.rank(own, peers, 3);

        assertThat(picks).extracting(PeerCategories.Pick::category)
                .containsExactly("Training", "Maintenance Service", "Furniture");
        assertThat(picks).allSatisfy(pick -> assertThat(pick.peers())
                .isEqualTo(peers.stream().filter(peer -> peer.contains(pick.category())).count()));
        assertThat(picks.get(0).peers()).isBetween(360L, 440L);
    }

    @Test
    void tiesGoByNameAndACustomerWhoHasEverythingGetsNothing() {
        List<Set<String>> peers = List.of(Set.of("Training", "Furniture"), Set.of("Training", "Furniture", "Electronics"));

        assertThat(PeerCategories.rank(Set.of(), peers, 2)).extracting(PeerCategories.Pick::category)
                .containsExactly("Furniture", "Training");
        assertThat(PeerCategories.rank(Set.of("Training", "Furniture", "Electronics"), peers, 3)).isEmpty();
    }

    @Test
    void neighboursAreThePeersWhoBoughtMostOfWhatTheCustomerBuys() {
        Set<String> own = Set.of("Office Equipment", "Consumables");
        Set<String> unrelated = Set.of("Software Licences", "Training");
        Set<String> half = Set.of("Office Equipment", "Furniture");
        Set<String> all = Set.of("Office Equipment", "Consumables", "Maintenance Service");
        Set<String> same = Set.of("Office Equipment", "Consumables");

        assertThat(PeerCategories.neighbours(own, List.of(unrelated, half, all, Set.of(), same), 10))
                .containsExactly(all, same, half);
        assertThat(PeerCategories.neighbours(own, List.of(half, all, same), 2)).containsExactly(all, same);
        assertThat(PeerCategories.neighbours(Set.of(), List.of(unrelated, Set.of(), half), 10))
                .as("a customer who bought nothing yet: the peers in their given order")
                .containsExactly(unrelated, half);
    }

    /**
     * The demo company's biggest buyers are the customers the demo requests are for: each of them, among the other
     * big buyers, still gets suggestions, for most of them one that many of its neighbours back.
     */
    @Test
    void theDemoCompanysBiggestBuyersGetSuggestionsFromCustomersLikeThem() {
        DemoDataGenerator generator = new DemoDataGenerator(20261123, 2000, 40000, LocalDate.of(2026, 12, 5));
        Map<String, Set<String>> bought = generator.orders().collect(Collectors.groupingBy(GeneratedOrder::customerExternalId,
                Collectors.mapping(GeneratedOrder::category, Collectors.toSet())));
        List<Integer> biggest = IntStream.range(0, generator.customerCount()).boxed()
                .sorted(Comparator.comparingInt(generator::orderCount).reversed()).limit(200).toList();

        int stronglyBacked = 0;
        for (int customer : biggest.subList(0, 20)) {
            Set<String> own = bought.get(DemoDataGenerator.customerExternalId(customer));
            List<Set<String>> peers = biggest.stream().filter(peer -> peer != customer)
                    .map(peer -> bought.get(DemoDataGenerator.customerExternalId(peer))).toList();

            List<Set<String>> neighbours = PeerCategories.neighbours(own, peers, 50);
            List<PeerCategories.Pick> picks = PeerCategories.rank(own, neighbours, 3);

            assertThat(picks).as("suggestions for customer %d, who bought %s", customer, own).isNotEmpty()
                    .allSatisfy(pick -> assertThat(own).doesNotContain(pick.category()));
            if (picks.get(0).peers() * 5 >= neighbours.size()) {
                stronglyBacked++;
            }
        }
        assertThat(stronglyBacked).as("customers whose first suggestion a fifth of their neighbours back").isGreaterThanOrEqualTo(10);
    }
}
