package com.idic.crm.complaint.domain;

import java.time.LocalDateTime;
import java.util.List;

import com.idic.crm.complaint.SlaFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over complaints for the SLA dashboard and the repeat-complainer list, computed by the database. */
@Repository
public class SlaFigureQueries {

    private static final String MET = "(c.first_response_sla <> 'BREACHED' AND c.resolution_sla <> 'BREACHED')";

    private final JdbcClient jdbc;

    SlaFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SlaFigures.Compliance> compliance(String groupExpression, LocalDateTime sinceUtc) {
        return jdbc.sql("""
                SELECT %s AS grp, COUNT(*), COALESCE(SUM(%s), 0) FROM complaint c
                WHERE c.resolved_at >= :since AND c.status NOT IN ('INVALID', 'DUPLICATE')
                GROUP BY grp ORDER BY grp""".formatted(groupExpression, MET))
                .param("since", sinceUtc)
                .query((rs, n) -> new SlaFigures.Compliance(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    public List<SlaFigures.AgeBucket> openByAge(LocalDateTime nowUtc) {
        return jdbc.sql("""
                SELECT CASE WHEN c.received_at > :now - INTERVAL 1 DAY THEN 'UNDER_1_DAY'
                            WHEN c.received_at > :now - INTERVAL 3 DAY THEN 'DAYS_1_3'
                            WHEN c.received_at > :now - INTERVAL 7 DAY THEN 'DAYS_3_7'
                            WHEN c.received_at > :now - INTERVAL 30 DAY THEN 'DAYS_7_30'
                            ELSE 'OVER_30_DAYS' END AS bucket, COUNT(*)
                FROM complaint c WHERE c.status NOT IN ('INVALID', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED', 'DUPLICATE')
                GROUP BY bucket""")
                .param("now", nowUtc)
                .query((rs, n) -> new SlaFigures.AgeBucket(rs.getString(1), rs.getLong(2))).list();
    }

    /** Customers with at least {@code minimum} complaints judged valid since the given instant, most first. */
    public record Candidate(long customerId, String name, long valid, LocalDateTime last, Double satisfaction) {
    }

    public List<Candidate> customersWithValidComplaints(LocalDateTime sinceUtc, int minimum) {
        return jdbc.sql("""
                SELECT c.customer_id, cu.name, COUNT(*), MAX(c.received_at), AVG(c.satisfaction)
                FROM complaint c JOIN customer cu ON cu.id = c.customer_id
                WHERE c.received_at >= :since AND %s
                GROUP BY c.customer_id, cu.name HAVING COUNT(*) >= :minimum
                ORDER BY COUNT(*) DESC, MAX(c.received_at) DESC LIMIT 1000""".formatted(ComplaintLookups.JUDGED_VALID))
                .param("since", sinceUtc).param("minimum", minimum)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5) == null ? null : rs.getDouble(5))).list();
    }

    /** A customer's complaints in a workbook's period. */
    public record Complainer(long customerId, String name, long complaints, long valid, long breached, LocalDateTime last,
                             Double satisfaction) {
    }

    /**
     * Customers with at least {@code minimum} complaints received in [fromUtc, beforeUtc) (either end may be null),
     * of the tier and assignee when given; most complaints first, at most {@code limit}.
     */
    public List<Complainer> complainers(LocalDateTime fromUtc, LocalDateTime beforeUtc, String tier, String assignee,
                                        int minimum, int limit) {
        StringBuilder where = new StringBuilder("TRUE");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (fromUtc != null) {
            where.append(" AND c.received_at >= :from");
            params.put("from", fromUtc);
        }
        if (beforeUtc != null) {
            where.append(" AND c.received_at < :before");
            params.put("before", beforeUtc);
        }
        if (tier != null) {
            where.append(" AND c.value_tier = :tier");
            params.put("tier", tier);
        }
        if (assignee != null && !assignee.isBlank()) {
            where.append(" AND c.assignee = :assignee");
            params.put("assignee", assignee);
        }
        return jdbc.sql("""
                SELECT c.customer_id, cu.name, COUNT(*), COALESCE(SUM(%s), 0),
                       COALESCE(SUM(c.first_response_sla = 'BREACHED' OR c.resolution_sla = 'BREACHED'), 0),
                       MAX(c.received_at), AVG(c.satisfaction)
                FROM complaint c JOIN customer cu ON cu.id = c.customer_id
                WHERE %s
                GROUP BY c.customer_id, cu.name HAVING COUNT(*) >= :minimum
                ORDER BY COUNT(*) DESC, MAX(c.received_at) DESC, c.customer_id LIMIT :limit"""
                        .formatted(ComplaintLookups.JUDGED_VALID, where))
                .params(params).param("minimum", minimum).param("limit", limit)
                .query((rs, n) -> new Complainer(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getObject(6, LocalDateTime.class), rs.getObject(7) == null ? null : rs.getDouble(7))).list();
    }
}
