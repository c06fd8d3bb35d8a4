package com.idic.crm.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;

import com.idic.crm.complaint.domain.Complaint;
import com.idic.crm.complaint.domain.ComplaintHistoryEntry;
import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closing the loop on an unhappy customer: a follow-up with satisfaction {@value #UNHAPPY} or less creates a
 * call-back task for the assignee's team (due the next day) and marks the customer "at risk".
 */
@Component
class ClosedLoop {

    static final int UNHAPPY = 2;

    private final JdbcClient jdbc;
    private final ComplaintHistoryRepository history;

    ClosedLoop(JdbcClient jdbc, ComplaintHistoryRepository history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    void followedUp(Complaint complaint, int satisfaction, Instant now) {
        if (satisfaction > UNHAPPY) {
            return;
        }
        LocalDate tomorrow = now.atZone(ZoneId.systemDefault()).toLocalDate().plusDays(1);
        jdbc.sql("""
                INSERT INTO complaint_callback_task (complaint_id, customer_id, team_role, owner, due_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(complaint.getId(), complaint.getCustomerId(), AppRoles.SERVICE_DESK, complaint.getAssignee(),
                        tomorrow, utc(now))
                .update();
        jdbc.sql("""
                INSERT INTO complaint_customer_at_risk (customer_id, since, complaint_id) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE since = VALUES(since), complaint_id = VALUES(complaint_id)""")
                .params(complaint.getCustomerId(), utc(now), complaint.getId()).update();
        history.save(new ComplaintHistoryEntry(complaint.getId(), now, CurrentUser.usernameOrSystem(), HistoryKind.CALLBACK,
                null, null, tomorrow, null));
    }

    /** Marks the complaint's open call-back tasks done; the number marked. */
    int complete(long complaintId, Instant now) {
        int done = jdbc.sql("UPDATE complaint_callback_task SET done_at = ? WHERE complaint_id = ? AND done_at IS NULL")
                .params(utc(now), complaintId).update();
        if (done > 0) {
            history.save(new ComplaintHistoryEntry(complaintId, now, CurrentUser.usernameOrSystem(), HistoryKind.CALLBACK_DONE, null, null, null,
                    null));
        }
        return done;
    }

    /** Hibernate keeps instants as UTC (hibernate.jdbc.time_zone); plain SQL writes them the same way. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
