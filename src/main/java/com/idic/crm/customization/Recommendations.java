package com.idic.crm.customization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.idic.crm.catalog.CatalogService;
import com.idic.crm.customization.domain.PeerCategories;
import com.idic.crm.order.OrderService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.ScoreSort;
import com.idic.crm.segmentation.SegmentationResults;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What to offer a customer besides their need: categories that customers in the same tier and quadrant with
 * similar purchases bought and this customer has not, with the catalog's active items in them. Peers are the
 * most profitable {@link #PEERS} of the customer's group in the latest segmentation run, of whom the
 * {@link #NEIGHBOURS} who share most of the customer's categories count; no run, no recommendation.
 */
@Service
public class Recommendations {

    static final int PEERS = 200;
    static final int NEIGHBOURS = 50;
    static final int CATEGORIES = 3;
    static final int ITEMS_PER_CATEGORY = 4;

    private final SegmentationResults segmentation;
    private final OrderService orders;
    private final CatalogService catalog;

    Recommendations(SegmentationResults segmentation, OrderService orders, CatalogService catalog) {
        this.segmentation = segmentation;
        this.orders = orders;
        this.catalog = catalog;
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional(readOnly = true)
    public List<Recommendation> forCustomer(long customerId) {
        Optional<CustomerScore> score = segmentation.latestScoreOf(customerId).filter(CustomerScore::scored);
        if (score.isEmpty()) {
            return List.of();
        }
        ScoreFilter group = ScoreFilter.all().withTier(score.get().tier()).withQuadrant(score.get().quadrant());
        List<Long> peers = segmentation.page(group, ScoreSort.PROFIT_RANK, true, 0, PEERS + 1).stream()
                .map(CustomerScore::customerId).filter(id -> id != customerId).limit(PEERS).toList();
        Set<String> own = orders.categoriesOf(customerId);
        Map<Long, Set<String>> bought = orders.categoriesOfEach(peers);
        List<Set<String>> neighbours = PeerCategories.neighbours(own,
                peers.stream().map(peer -> bought.getOrDefault(peer, Set.of())).toList(), NEIGHBOURS);
        return PeerCategories.rank(own, neighbours, CATEGORIES).stream()
                .map(pick -> new Recommendation(pick.category(), pick.peers(), neighbours.size(),
                        catalog.activeInCategory(pick.category(), ITEMS_PER_CATEGORY)))
                .toList();
    }
}
