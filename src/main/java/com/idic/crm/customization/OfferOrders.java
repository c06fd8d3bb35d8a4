package com.idic.crm.customization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.idic.crm.catalog.CatalogItemRow;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.customization.domain.Offer;
import com.idic.crm.customization.domain.OfferPricing;
import com.idic.crm.order.OrderRecord;
import com.idic.crm.order.OrderService;
import org.springframework.stereotype.Component;

/**
 * An accepted offer becomes the customer's orders, one per product category of its lines (custom lines
 * together), so it counts in the next segmentation run and in "customers like this also took".
 * Numbered after the offer ({@code OF<id>-<n>}): accepting twice cannot record twice. A loyalty reward is
 * shared out over the orders in proportion to their net, the last one taking the cent left by rounding, so
 * the orders add up to the offer's net exactly.
 */
@Component
class OfferOrders {

    static final String CHANNEL = "Offer";

    private final OrderService orders;
    private final CatalogService catalog;
    private final Clock clock;

    OfferOrders(OrderService orders, CatalogService catalog, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Records the orders; returns their numbers. */
    List<String> record(Offer offer) {
        Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
        for (OfferLineInput line : offer.lineInputs()) {
            if (line.reward()) {
                continue;
            }
            String category = line.catalogItemId() == null ? null
                    : catalog.find(line.catalogItemId()).map(CatalogItemRow::category).orElse(null);
            BigDecimal[] sums = byCategory.computeIfAbsent(category == null ? "" : category,
                    c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(OfferPricing.lineNet(line));
            sums[1] = sums[1].add(OfferPricing.lineCost(line));
        }
        List<String> numbers = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        BigDecimal itemsNet = OfferPricing.itemsNet(offer.lineInputs());
        BigDecimal rewardLeft = itemsNet.subtract(offer.totals().netTotal());
        int n = 0;
        for (Map.Entry<String, BigDecimal[]> entry : byCategory.entrySet()) {
            String number = "OF" + offer.getId() + "-" + (++n);
            BigDecimal share = n == byCategory.size() || itemsNet.signum() == 0 ? rewardLeft
                    : rewardLeft.signum() == 0 ? BigDecimal.ZERO
                    : itemsNet.subtract(offer.totals().netTotal()).multiply(entry.getValue()[0])
                            .divide(itemsNet, 2, java.math.RoundingMode.HALF_UP);
            rewardLeft = rewardLeft.subtract(share);
            orders.record(new OrderRecord(number, offer.getCustomerId(), today, entry.getValue()[0].subtract(share), entry.getValue()[1],
                    entry.getKey().isEmpty() ? null : entry.getKey(), CHANNEL, null, null));
            numbers.add(number);
        }
        return numbers;
    }
}
