package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.idic.crm.complaint.domain.ComplaintHistoryEntry;
import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The "at risk" marks of customers ({@link ClosedLoop} sets them): read by everyone who sees a customer, cleared
 * with a reason by the service desk or a manager once a call-back went well. A clearing is kept and written to the
 * history of the complaint that set the mark.
 */
@Service
@Validated
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
public class AtRiskMarks {

    public static final int REASON_MAX = 500;

    private final JdbcClient jdbc;
    private final ComplaintHistoryRepository history;
    private final Clock clock;

    AtRiskMarks(JdbcClient jdbc, ComplaintHistoryRepository history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AtRiskMark> of(long customerId) {
        return jdbc.sql("""
                SELECT r.since, r.complaint_id, c.satisfaction FROM complaint_customer_at_risk r
                LEFT JOIN complaint c ON c.id = r.complaint_id WHERE r.customer_id = ?""")
                .param(customerId)
                .query((rs, n) -> new AtRiskMark(customerId, rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getLong(2), rs.getObject(3, Integer.class)))
                .optional();
    }

    /**
     * Clears the mark the user saw ({@code seenSince}). A mark cleared meanwhile, or set again by a newer unhappy
     * follow-up, is refused with {@code complaint.atRisk.changed}: the user decided on a mark that is no longer there.
     */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER})
    @Transactional
    public void clear(long customerId, @NotNull Instant seenSince, @NotBlank @Size(max = REASON_MAX) String reason) {
        AtRiskMark mark = jdbc.sql("SELECT since, complaint_id FROM complaint_customer_at_risk WHERE customer_id = ? FOR UPDATE")
                .param(customerId)
                .query((rs, n) -> new AtRiskMark(customerId, rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getLong(2), null))
                .optional().filter(current -> current.since().equals(seenSince))
                .orElseThrow(() -> new ComplaintRefusedException("complaint.atRisk.changed"));
        Instant now = clock.instant();
        String by = CurrentUser.usernameOrSystem();
        jdbc.sql("""
                INSERT INTO complaint_at_risk_cleared (customer_id, complaint_id, marked_since, cleared_by, cleared_at, reason)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(customerId, mark.complaintId(), ClosedLoop.utc(mark.since()), by, ClosedLoop.utc(now), reason.strip())
                .update();
        jdbc.sql("DELETE FROM complaint_customer_at_risk WHERE customer_id = ?").param(customerId).update();
        history.save(new ComplaintHistoryEntry(mark.complaintId(), now, by, HistoryKind.AT_RISK_CLEARED, null, null, null,
                reason.strip()));
    }
}
