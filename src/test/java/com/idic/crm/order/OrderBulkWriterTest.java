package com.idic.crm.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.idic.crm.base.db.BulkWriteResult;
import com.idic.crm.customer.CustomerBulkWriter;
import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class OrderBulkWriterTest {

    @Autowired
    OrderBulkWriter writer;
    @Autowired
    CustomerBulkWriter customers;
    @Autowired
    CustomerOrderRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void upsertInsertsThenUpdatesByExternalIdAndSharesTheSequenceWithJpa() {
        customers.upsert(List.of(new CustomerRecord("OC-" + run, CustomerType.ORGANIZATION, "Buyer", null, null, null,
                null, null, null, null, null, null, null, null, null)));
        long customerId = customers.idsByExternalId(List.of("OC-" + run)).get("OC-" + run);

        BulkWriteResult first = writer.upsert(List.of(order("1", customerId, "100.00"), order("2", customerId, "20.00")));
        CustomerOrder viaJpa = repository.save(new CustomerOrder("JPA-" + run, customerId, LocalDate.of(2025, 1, 2),
                new BigDecimal("5.00"), new BigDecimal("1.00")));
        BulkWriteResult second = writer.upsert(List.of(order("1", customerId, "150.00"), order("3", customerId, "30.00")));

        assertThat(first).isEqualTo(new BulkWriteResult(2, 0));
        assertThat(second).isEqualTo(new BulkWriteResult(1, 1));
        assertThat(jdbc.queryForMap("SELECT amount, version, order_number FROM customer_order WHERE external_id = ?", "OO-" + run + "-1"))
                .containsEntry("amount", new BigDecimal("150.00")).containsEntry("version", 1L)
                .containsEntry("order_number", "OO-" + run + "-1");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT id) FROM customer_order WHERE customer_id = ?", Long.class, customerId))
                .isEqualTo(4);
        assertThat(repository.findById(viaJpa.getId())).isPresent();
    }

    private OrderRecord order(String number, long customerId, String amount) {
        return new OrderRecord("OO-" + run + "-" + number, customerId, LocalDate.of(2025, 1, 1), new BigDecimal(amount),
                new BigDecimal("10.00"), "Software", "Online", null, null);
    }
}
