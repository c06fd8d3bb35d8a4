package com.idic.crm.interaction.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.interaction.ContentType;
import com.idic.crm.interaction.Direction;
import com.idic.crm.interaction.InteractionChannel;
import com.idic.crm.interaction.InteractionService;
import com.idic.crm.interaction.NewInteraction;
import com.idic.crm.interaction.TimelineMerge;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerTimelinePanelTest extends KaribuTest {

    @Autowired CustomerService customers;
    @Autowired InteractionService interactions;
    @Autowired CustomerOrderRepository orders;

    @Test
    void ordersAndContactsInterleaveNewestFirstAcrossPagesWithoutRepeatsWhenTimesTie() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customers.create(new NewCustomer("Timeline " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 15; i++) {
            // two orders a day, and a contact at the very start of each day: ties within and across sources
            order(id, day.plusDays(i));
            order(id, day.plusDays(i));
            interactions.record(new NewInteraction(id, InteractionChannel.PHONE, Direction.OUTBOUND, ContentType.INFORMATION,
                    "Call " + i, day.plusDays(i).atStartOfDay()));
        }
        interactions.record(new NewInteraction(id, InteractionChannel.EMAIL, Direction.INBOUND, ContentType.EMOTION,
                "Thanks for the fast delivery", LocalDateTime.of(2026, 1, 15, 16, 30)));

        CustomerTimelinePanel panel = open(id);
        assertThat(panel.shown).hasSize(CustomerTimelineSection.PAGE_SIZE);
        assertThat(panel.more.isVisible()).isTrue();
        _click(panel.more);
        _click(panel.more);

        assertThat(panel.more.isVisible()).isFalse();
        List<TimelineEntry> shown = panel.shown;
        assertThat(shown).hasSize(46);
        assertThat(new HashSet<>(shown.stream().map(e -> e.kind() + e.id()).toList())).hasSize(46);
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i).at()).isBeforeOrEqualTo(shown.get(i - 1).at());
        }
        assertThat(shown.get(0).detail()).startsWith("Thanks for the fast delivery");
        assertThat(shown.subList(1, 4)).extracting(TimelineEntry::kind).containsExactly("interaction", "order", "order");
        assertThat(_find(panel.entries, Div.class, spec -> spec.withClasses("timeline-entry"))).hasSize(46);
        assertThat(_get(_find(panel.entries, Div.class, spec -> spec.withClasses("timeline-entry")).get(0), Span.class,
                spec -> spec.withClasses("timeline-kind")).getText()).isEqualTo("Contact");
        Div firstOrder = _find(panel.entries, Div.class, spec -> spec.withClasses("timeline-order")).get(0);
        assertThat(_get(firstOrder, Span.class, spec -> spec.withClasses("timeline-when")).getText())
                .as("an order has a date, no time").isEqualTo("Jan 15, 2026");
        assertThat(_get(firstOrder, Span.class, spec -> spec.withClasses("timeline-title")).getText())
                .matches("Order TL-\\d+ \u00b7 CN\u00a588\\.00");
    }

    @Test
    void anEntryWithARouteOpensItsPage() {
        login("desk", AppRoles.SERVICE_DESK);
        long other = customers.create(new NewCustomer("Linked " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        CustomerTimelineSource linking = (customerId, after, limit, locale) -> after != null ? List.of()
                : List.of(new TimelineEntry(Instant.parse("2026-02-01T10:00:00Z"), 7, "complaint", "Complaint 7", null,
                "customers/" + other));
        CustomerTimelinePanel panel = new CustomerTimelinePanel(new TimelineMerge(List.of(linking))::page, 1, 10,
                kind -> "timeline.kind." + kind);
        UI.getCurrent().add(panel);

        Div entry = _get(panel.entries, Div.class, spec -> spec.withClasses("timeline-link"));
        assertThat(_get(entry, Span.class, spec -> spec.withClasses("timeline-kind")).getText()).isEqualTo("Complaint");
        _click(entry);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("customers/" + other);
    }

    @Test
    void aCustomerWithNothingYetSaysSoInChinese() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        long id = customers.create(new NewCustomer("Empty timeline " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));

        CustomerTimelinePanel panel = open(id);

        assertThat(panel.shown).isEmpty();
        assertThat(panel.empty.isVisible()).isTrue();
        assertThat(panel.empty.getText()).isEqualTo("与该客户尚无任何往来。");
        assertThat(panel.more.isVisible()).isFalse();
    }

    private void order(long customerId, LocalDate date) {
        orders.save(new CustomerOrder("TL-" + ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), customerId, date,
                new BigDecimal("88.00"), new BigDecimal("40.00")));
    }

    private CustomerTimelinePanel open(long id) {
        UI.getCurrent().navigate("customers/" + id);
        TabSheet tabs = _get(TabSheet.class);
        int timeline = java.util.stream.IntStream.range(0, tabs.getTabCount())
                .filter(i -> List.of("Timeline", "时间线").contains(tabs.getTabAt(i).getLabel())).findFirst().orElseThrow();
        tabs.setSelectedIndex(timeline);
        return _get(CustomerTimelinePanel.class);
    }
}
