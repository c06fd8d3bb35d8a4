package com.idic.crm.customization;

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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "marketer", roles = AppRoles.MARKETER)
class CustomizationTimelineTest {

    @Autowired List<CustomerTimelineSource> sources;
    @Autowired CustomizationService requests;
    @Autowired CustomerService customers;

    @Test
    void requestsArePagedNewestFirstByPosition() {
        long customerId = customers.create(new NewCustomer("Timeline " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        long first = submit(customerId, "First");
        long second = submit(customerId, "Second");
        long third = submit(customerId, "Third");
        CustomerTimelineSource source = sources.stream().filter(RequestTimeline.class::isInstance).findFirst().orElseThrow();

        List<TimelineEntry> page1 = source.entries(customerId, null, 2, Locale.ENGLISH);
        assertThat(page1).extracting(TimelineEntry::id).containsExactly(third, second);
        assertThat(page1.get(0).kind()).isEqualTo("request");
        assertThat(page1.get(0).title()).isEqualTo("Customization request " + third + " · Submitted");
        assertThat(page1.get(0).detail()).isEqualTo("Third");
        assertThat(page1.get(0).route()).isEqualTo("customization/request/" + third);
        assertThat(source.entries(customerId, page1.get(1).position(), 2, Locale.ENGLISH))
                .extracting(TimelineEntry::id).containsExactly(first);
        assertThat(source.entries(customerId, null, 1, Locale.SIMPLIFIED_CHINESE).get(0).title())
                .isEqualTo("定制需求 " + third + " · 已提交");
    }

    private long submit(long customerId, String need) {
        return requests.submit(new NewRequest(customerId, NeedLevel.PRODUCT, need, null, null, RequestSource.CAMPAIGN, null));
    }
}
