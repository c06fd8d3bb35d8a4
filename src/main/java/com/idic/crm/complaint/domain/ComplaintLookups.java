package com.idic.crm.complaint.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.CustomerComplaintFigures;
import com.idic.crm.complaint.FollowUpItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only questions about rows other features own (customer names, the users who process complaints),
 * answered in SQL so this feature holds no dependency on their entities.
 */
@Repository
public class ComplaintLookups {

    private final JdbcClient jdbc;

    ComplaintLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's name, if the customer exists and was not merged into another record. */
    public Optional<String> activeCustomerName(long customerId) {
        return jdbc.sql("SELECT name FROM customer WHERE id = ? AND merged_into_id IS NULL")
                .param(customerId).query(String.class).optional();
    }

    public Map<Long, String> customerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name FROM customer WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    /** Enabled users with a role that processes complaints, by user name. */
    public List<String> agents() {
        return jdbc.sql("""
                SELECT DISTINCT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                WHERE u.enabled AND r.role IN ('SERVICE_DESK', 'MANAGER') ORDER BY u.username""")
                .query(String.class).list();
    }

    /** The service-desk user with the fewest open complaints (ties by name), for balanced assignment. */
    public Optional<String> leastBusyAgent() {
        return jdbc.sql("""
                SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id AND r.role = 'SERVICE_DESK'
                LEFT JOIN complaint c ON c.assignee = u.username AND c.status NOT IN (:finished)
                WHERE u.enabled GROUP BY u.username ORDER BY COUNT(c.id), u.username LIMIT 1""")
                .param("finished", ComplaintStatus.FINISHED.stream().map(Enum::name).toList())
                .query(String.class).optional();
    }

    /** States in which a complaint counts as judged valid (a wait counts by the state it waits in). */
    public static final String JUDGED_VALID = """
            (c.status IN ('VALID', 'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED')
             OR (c.status = 'WAITING_ON_CUSTOMER' AND c.resume_status IN ('VALID', 'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED')))""";

    public CustomerComplaintFigures figuresOf(long customerId, java.time.LocalDateTime yearAgoUtc) {
        return jdbc.sql("""
                SELECT COUNT(*),
                       COALESCE(SUM(c.status NOT IN (:finished)), 0),
                       COALESCE(SUM(%s AND c.received_at >= :yearAgo), 0),
                       AVG(c.satisfaction),
                       EXISTS (SELECT 1 FROM complaint_customer_at_risk r WHERE r.customer_id = :customer)
                FROM complaint c WHERE c.customer_id = :customer""".formatted(JUDGED_VALID))
                .param("finished", ComplaintStatus.FINISHED.stream().map(Enum::name).toList())
                .param("yearAgo", yearAgoUtc).param("customer", customerId)
                .query((rs, n) -> new CustomerComplaintFigures(customerId, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4) == null ? null : rs.getDouble(4), rs.getBoolean(5)))
                .single();
    }

    /**
     * Resolved complaints of the user waiting for their follow-up contact (due the day after resolution), and
     * open call-back tasks of the user or the user's team due by {@code today}; earliest first.
     */
    public List<FollowUpItem> followUps(String username, java.time.LocalDate today) {
        return jdbc.sql("""
                SELECT 'FOLLOW_UP' AS kind, c.id, cu.name, c.subject, DATE(c.resolved_at) + INTERVAL 1 DAY AS due
                FROM complaint c JOIN customer cu ON cu.id = c.customer_id
                WHERE c.status = 'RESOLVED' AND c.assignee = :user AND DATE(c.resolved_at) + INTERVAL 1 DAY <= :today
                UNION ALL
                SELECT 'CALL_BACK', t.complaint_id, cu.name, c.subject, t.due_on
                FROM complaint_callback_task t JOIN complaint c ON c.id = t.complaint_id JOIN customer cu ON cu.id = t.customer_id
                WHERE t.done_at IS NULL AND t.due_on <= :today AND (t.owner = :user OR t.owner IS NULL)
                ORDER BY due, 2 LIMIT 200""")
                .param("user", username).param("today", today)
                .query((rs, n) -> new FollowUpItem(FollowUpItem.Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, java.time.LocalDate.class))).list();
    }
}
