package com.idic.crm.customization.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

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
        Map<String, Long> peersPerCategory = new HashMap<>();
        int peers = 500;
        for (int peer = 0; peer < peers; peer++) {
            LIKELIHOOD.forEach((category, likelihood) -> {
                if (random.nextDouble() < likelihood) {
                    peersPerCategory.merge(category, 1L, Long::sum);
                }
            });
        }
        Set<String> own = Set.of("Office Equipment", "Consumables");

        List<PeerCategories.Pick> picks = PeerCategories.rank(own, peersPerCategory, 3);

        assertThat(picks).extracting(PeerCategories.Pick::category)
                .containsExactly("Training", "Maintenance Service", "Furniture");
        assertThat(picks).allSatisfy(pick -> {
            assertThat(own).doesNotContain(pick.category());
            assertThat(pick.peers()).isEqualTo(peersPerCategory.get(pick.category()));
        });
        assertThat(picks.get(0).peers()).isBetween(360L, 440L);
    }

    @Test
    void tiesGoByNameAndACustomerWhoHasEverythingGetsNothing() {
        Map<String, Long> counts = Map.of("Training", 5L, "Furniture", 5L, "Electronics", 2L);

        assertThat(PeerCategories.rank(Set.of(), counts, 2)).extracting(PeerCategories.Pick::category)
                .containsExactly("Furniture", "Training");
        assertThat(PeerCategories.rank(counts.keySet(), counts, 3)).isEmpty();
    }
}
