package com.idic.crm.customer.history;

import java.util.List;
import java.util.function.Supplier;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives the first demo customers a history on first start, so the History tab shows something:
 * the demo users open, edit and verify records through the same service a person would use.
 * Runs after the demo data loader, only while the demo company exists and has no history: the
 * first customers must carry the demo generator's external ids, so real data never gets made-up
 * history (the prefix is repeated here because the demo feature depends on this one, not back).
 */
@Component
@ConditionalOnProperty(name = "crm.demo-data.enabled", havingValue = "true")
class DemoHistory {

    static final int CUSTOMERS = 40;
    static final String DEMO_EXTERNAL_IDS = "DEMO-C%";

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final CustomerService customers;
    private final JdbcClient jdbc;

    DemoHistory(CustomerService customers, JdbcClient jdbc) {
        this.customers = customers;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    @PermitAll // started by the application itself, with nobody logged in: each step runs as a demo user
    public void addIfNone() {
        boolean hasHistory = jdbc.sql("SELECT EXISTS (SELECT 1 FROM customer_change)").query(Boolean.class).single();
        List<Long> ids = jdbc.sql("SELECT id FROM customer WHERE external_id LIKE :prefix AND merged_into_id IS NULL"
                        + " ORDER BY id LIMIT :limit")
                .param("prefix", DEMO_EXTERNAL_IDS)
                .param("limit", CUSTOMERS).query(Long.class).list();
        if (hasHistory || ids.isEmpty()) {
            return;
        }
        addTo(ids);
        log.info("Demo history added to {} customers", ids.size());
    }

    void addTo(List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            as("desk", AppRoles.SERVICE_DESK, () -> customers.open(id));
            if (i % 2 == 0) {
                as("desk", AppRoles.SERVICE_DESK, () -> customers.markVerified(id));
            }
            if (i % 3 == 0) {
                as("marketer", AppRoles.MARKETER, () -> {
                    customers.open(id);
                    return customers.find(id).map(this::advanceStage).map(customers::save);
                });
            }
            if (i % 4 == 0) {
                as("manager", AppRoles.MANAGER, () -> customers.open(id));
            }
        }
    }

    private Customer advanceStage(Customer customer) {
        PurchaseStage[] stages = PurchaseStage.values();
        int next = customer.getStage().ordinal() + 1;
        // up the ladder, stopping short of "lost"
        if (next < stages.length - 1) {
            customer.setStage(stages[next]);
        }
        return customer;
    }

    /** As the named demo user, so the history names people rather than "system". */
    private static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
