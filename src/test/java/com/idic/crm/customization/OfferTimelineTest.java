package com.idic.crm.customization;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "marketer", roles = AppRoles.MARKETER)
class OfferTimelineTest {

    @Autowired List<CustomerTimelineSource> sources;
    @Autowired CustomizationService requests;
    @Autowired OfferService offers;
    @Autowired CustomerService customers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void offersArePagedNewestFirstByKeysetWithTheIdBreakingTiesAndOnlyTheCustomersOwn() {
        long customerId = customers.create(new NewCustomer("Offer timeline " + ThreadLocalRandom.current().nextInt(),
                CustomerType.ORGANIZATION));
        long requestId = feasibleRequest(customerId);
        long oldest = offers.draft(requestId);
        long tiedLow = offers.draft(requestId);
        long tiedHigh = offers.draft(requestId);
        long newest = offers.draft(requestId);
        Instant day = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);
        createdAt(oldest, day.minus(2, ChronoUnit.DAYS));
        createdAt(tiedLow, day);
        createdAt(tiedHigh, day);
        createdAt(newest, day.plus(1, ChronoUnit.DAYS));
        OfferDetails sent = offers.send(newest, offers.saveDraft(newest, 0, new OfferDraft(LocalDate.now().plusDays(9), null,
                List.of(new OfferLineInput(null, null, "Logo printing", new BigDecimal("2"), new BigDecimal("1250.00"),
                        new BigDecimal("600.00"), BigDecimal.ZERO)))).version());
        long otherCustomer = customers.create(new NewCustomer("Someone else " + customerId, CustomerType.ORGANIZATION));
        offers.draft(feasibleRequest(otherCustomer));
        CustomerTimelineSource source = sources.stream().filter(OfferTimeline.class::isInstance).findFirst().orElseThrow();

        List<TimelineEntry> first = source.entries(customerId, null, 2, Locale.ENGLISH);
        List<TimelineEntry> second = source.entries(customerId, first.get(1).position(), 2, Locale.ENGLISH);
        List<TimelineEntry> rest = source.entries(customerId, second.get(1).position(), 2, Locale.ENGLISH);

        assertThat(first).extracting(TimelineEntry::id).containsExactly(newest, tiedHigh);
        assertThat(second).extracting(TimelineEntry::id).containsExactly(tiedLow, oldest);
        assertThat(rest).isEmpty();
        TimelineEntry entry = first.get(0);
        assertThat(entry.at()).isEqualTo(day.plus(1, ChronoUnit.DAYS));
        assertThat(entry.kind()).isEqualTo("offer");
        assertThat(entry.title()).isEqualTo("Offer " + newest + " v1 \u00b7 Sent");
        assertThat(entry.detail()).isEqualTo("CN¥2,500.00");
        assertThat(entry.route()).isEqualTo("customization/offer/" + newest);
        assertThat(sent.state()).isEqualTo(OfferState.SENT);
        assertThat(source.entries(customerId, null, 1, Locale.SIMPLIFIED_CHINESE).get(0).title())
                .isEqualTo("报价 " + newest + " 第1版 \u00b7 已发送");
    }

    private void createdAt(long offerId, Instant at) {
        jdbc.update("UPDATE offer SET created_at = ? WHERE id = ?", Timestamp.from(at), offerId);
    }

    private long feasibleRequest(long customerId) {
        long id = requests.submit(new NewRequest(customerId, NeedLevel.PRODUCT, "Printers with our logo", null, null,
                RequestSource.SALES_VISIT, null));
        RequestRow reviewing = requests.startReview(id, 0);
        RequestRow chosen = requests.choose(id, reviewing.version(), CustomizationType.COSMETIC, DeliveryMeans.STANDARD_PLUS_SERVICE);
        requests.decideFeasible(id, chosen.version());
        return id;
    }
}
