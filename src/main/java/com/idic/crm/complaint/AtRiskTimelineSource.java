package com.idic.crm.complaint;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cleared "at risk" marks on the customer timeline: who cleared it and why. Read through the complaint that set
 * the mark, so the entries follow the complaint when customers are merged or the merge is undone.
 */
@Component
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
class AtRiskTimelineSource implements CustomerTimelineSource {

    private final JdbcClient jdbc;
    private final CrmI18NProvider texts;

    AtRiskTimelineSource(JdbcClient jdbc, CrmI18NProvider texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public List<TimelineEntry> entries(long customerId, TimelineEntry.Position after, int limit, Locale locale) {
        String keyset = after == null ? "" : "AND (r.cleared_at < :at OR (r.cleared_at = :at AND r.id < :id))";
        var query = jdbc.sql("""
                SELECT r.id, r.cleared_at, r.cleared_by, r.reason, r.complaint_id FROM complaint_at_risk_cleared r
                JOIN complaint c ON c.id = r.complaint_id
                WHERE c.customer_id = :customer %s ORDER BY r.cleared_at DESC, r.id DESC LIMIT :limit""".formatted(keyset))
                .param("customer", customerId).param("limit", limit);
        if (after != null) {
            query = query.param("at", LocalDateTime.ofInstant(after.at(), ZoneOffset.UTC)).param("id", after.id());
        }
        return query.query((rs, n) -> {
            long complaintId = rs.getLong("complaint_id");
            return new TimelineEntry(rs.getObject("cleared_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong("id"),
                    "complaint", texts.getTranslation("complaint.atRisk.timeline.title", locale, complaintId),
                    texts.getTranslation("complaint.atRisk.timeline.detail", locale, rs.getString("reason"), rs.getString("cleared_by")),
                    "complaints/" + complaintId);
        }).list();
    }
}
