package com.idic.crm.customer.duplicates;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.idic.crm.customer.CustomerType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads summaries of many customers in one query, for the rows of a page. */
@Component
class CustomerSummaries {

    private final JdbcClient jdbc;

    CustomerSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, CustomerSummary> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<CustomerSummary> rows = jdbc.sql("""
                SELECT c.id, c.version, c.name, c.type, c.region, c.phone, c.email, c.created_on,
                       (SELECT COUNT(*) FROM customer_contact cc WHERE cc.customer_id = c.id) AS contacts
                FROM customer c WHERE c.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, row) -> new CustomerSummary(rs.getLong("id"), rs.getLong("version"), rs.getString("name"),
                        CustomerType.valueOf(rs.getString("type")), rs.getString("region"), rs.getString("phone"),
                        rs.getString("email"), rs.getDate("created_on").toLocalDate(), rs.getLong("contacts")))
                .list();
        return rows.stream().collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
    }
}
