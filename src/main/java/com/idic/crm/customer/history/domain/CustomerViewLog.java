package com.idic.crm.customer.history.domain;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who opened which customer page and when. */
@Repository
public class CustomerViewLog {

    private final JdbcClient jdbc;

    CustomerViewLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long customerId, String username, LocalDateTime at) {
        jdbc.sql("INSERT INTO customer_view (customer_id, viewed_by, viewed_at) VALUES (?, ?, ?)")
                .params(customerId, username, at).update();
    }

    /** Each user's latest view of the customer, most recent first; answered from the index alone. */
    public List<LastView> lastViews(long customerId, int limit) {
        return jdbc.sql("""
                SELECT viewed_by, MAX(viewed_at) AS last_viewed_at, COUNT(*) AS views FROM customer_view
                 WHERE customer_id = ? GROUP BY viewed_by ORDER BY last_viewed_at DESC, viewed_by LIMIT ?""")
                .params(customerId, limit)
                .query((rs, row) -> new LastView(rs.getString("viewed_by"),
                        rs.getObject("last_viewed_at", LocalDateTime.class), rs.getLong("views")))
                .list();
    }

    public record LastView(String username, LocalDateTime lastViewedAt, long views) {
    }
}
