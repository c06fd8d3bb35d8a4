package com.idic.crm.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's orders on the timeline ("Order SO-1042 · CN¥1,250.00"). An order has a date, no time:
 * it stands at the start of its day, and several orders of one day follow their ids.
 */
@Component
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
class OrderTimelineSource implements CustomerTimelineSource {

    static final String KIND = "order";

    private final CustomerOrderRepository orders;
    private final CrmI18NProvider i18n;
    private final ZoneId zone;

    OrderTimelineSource(CustomerOrderRepository orders, CrmI18NProvider i18n, Clock clock) {
        this.orders = orders;
        this.i18n = i18n;
        this.zone = clock.getZone();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long customerId, TimelineEntry.Position after, int limit, Locale locale) {
        List<CustomerOrder> page = after == null ? orders.newestFirst(customerId, Limit.of(limit))
                : orders.newestFirstAfter(customerId, dayOf(after), after.id(), Limit.of(limit));
        return page.stream().map(order -> entry(order, locale)).toList();
    }

    /** The merge hands back only positions of this source's own entries, each at the start of its day. */
    private LocalDate dayOf(TimelineEntry.Position after) {
        return after.at().atZone(zone).toLocalDate();
    }

    private TimelineEntry entry(CustomerOrder order, Locale locale) {
        String title = i18n.getTranslation("order.timeline.title", locale, order.getOrderNumber(),
                Formats.money(order.getAmount(), locale));
        String detail = Stream.of(order.getCategory(), order.getChannel()).filter(Objects::nonNull)
                .collect(Collectors.joining(" \u00b7 "));
        return new TimelineEntry(order.getOrderDate().atStartOfDay(zone).toInstant(), order.getId(), KIND, title,
                detail.isEmpty() ? null : detail, null);
    }
}
