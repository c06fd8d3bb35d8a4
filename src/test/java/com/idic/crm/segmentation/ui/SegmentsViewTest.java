package com.idic.crm.segmentation.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.GroupDimension;
import com.idic.crm.segmentation.GroupShare;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.ScoreSort;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.segmentation.Tier;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentsViewTest extends KaribuTest {

    @Autowired SegmentationService runs;
    @Autowired CustomerRepository customerRepository;
    @Autowired CustomerOrderRepository orderRepository;
    @Autowired Clock clock;
    @Autowired SegmentationResults results;

    SegmentationRun run;

    @BeforeEach
    void scoredCustomers() {
        // enough customers with orders that every tier of the pyramid has members
        new ScoredFixtures(customerRepository, orderRepository).manyCustomers(40, LocalDate.now(clock).minusDays(40));
        login("marketer", AppRoles.MANAGER);
        run = runs.runNow(null, (id, step) -> { });
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        login("marketer", AppRoles.MARKETER);
    }

    @Test
    void clickingAPyramidTierOpensTheListFilteredToIt() {
        UI.getCurrent().navigate(SegmentsView.class);
        SegmentsView view = _get(SegmentsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("run #" + run.id(), "Platinum", "Gold", "Iron", "Lead");

        RouterLinkKt._click(view.pyramid.tierLinks.get(Tier.GOLD));

        ScoredCustomersView list = _get(ScoredCustomersView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("segments/customers?tier=GOLD");
        assertThat(list.filters.tier.getValue()).isEqualTo(Tier.GOLD);
        List<CustomerScore> rows = rows(list.grid);
        assertThat(rows).isNotEmpty().allMatch(score -> score.tier() == Tier.GOLD);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("Gold");
    }

    @Test
    void eachTierListsExactlyItsCustomersInProfitOrder() {
        login("marketer", AppRoles.MANAGER);
        for (Tier tier : Tier.values()) {
            List<CustomerScore> page = results.page(ScoreFilter.all().withTier(tier), ScoreSort.PROFIT_RANK, true, 0, 10_000);
            long members = results.shares(run.id(), GroupDimension.TIER).stream()
                    .filter(share -> share.group().equals(tier.name())).mapToLong(GroupShare::customers).sum();
            assertThat(page).as(tier.name()).hasSize((int) members).allMatch(score -> score.tier() == tier);
            assertThat(page).extracting(CustomerScore::profitRank).isSorted();
            assertThat(results.count(ScoreFilter.all().withTier(tier))).isEqualTo(members);
        }
    }

    @Test
    void aFilteredListIsSortedByProfitOnlyTheWholeListAlsoByClv() {
        UI.getCurrent().navigate(ScoredCustomersView.class);
        ScoredCustomersView list = _get(ScoredCustomersView.class);
        Grid.Column<CustomerScore> clv = list.grid.getColumnByKey("clv");
        assertThat(clv.isSortable()).isTrue();
        list.grid.sort(GridSortOrder.desc(clv).build());

        _setValue(list.filters.tier, Tier.LEAD);

        assertThat(clv.isSortable()).isFalse();
        assertThat(list.grid.getSortOrder()).extracting(order -> order.getSorted().getKey()).containsExactly("profit");
        assertThat(rows(list.grid)).isNotEmpty().allMatch(score -> score.tier() == Tier.LEAD)
                .extracting(CustomerScore::profitRank).isSorted();

        _setValue(list.filters.tier, null);
        assertThat(clv.isSortable()).isTrue();
    }

    @Test
    void anRfmCellOpensTheCustomersWithThatRecencyAndFrequency() {
        UI.getCurrent().navigate("segments/customers", QueryParameters.fromString("r=4&f=1"));
        ScoredCustomersView list = _get(ScoredCustomersView.class);
        assertThat(list.filters.rMin.getValue()).isEqualTo(4);
        assertThat(list.filters.fMax.getValue()).isEqualTo(1);
        assertThat(rows(list.grid)).isNotEmpty().allMatch(score -> score.recency() == 4 && score.frequency() == 1);
    }

    @Test
    void badParametersAreNamedAndLeftOut() {
        UI.getCurrent().navigate("segments/customers", QueryParameters.fromString("tier=BRONZE&r=9&quadrant=VIP&colour=red"));
        ScoredCustomersView list = _get(ScoredCustomersView.class);
        assertThat(list.messages.getElement().getTextRecursively())
                .contains("does not understand", "tier=BRONZE", "r=9", "colour");
        assertThat(list.filters.tier.getValue()).isNull();
        assertThat(list.filters.quadrant.getValue()).isNotNull();
    }

    private static List<CustomerScore> rows(Grid<CustomerScore> grid) {
        return IntStream.range(0, Math.min(GridKt._size(grid), 200)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
