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

/** The customer's complaints on the customer timeline, newest first, one index range (customer, received, id) per page. */
@Component
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
public class ComplaintTimelineSource implements CustomerTimelineSource {

    private final JdbcClient jdbc;
    private final CrmI18NProvider texts;

    ComplaintTimelineSource(JdbcClient jdbc, CrmI18NProvider texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public List<TimelineEntry> entries(long customerId, TimelineEntry.Position after, int limit, Locale locale) {
        String keyset = after == null ? "" : "AND (received_at < :at OR (received_at = :at AND id < :id))";
        var query = jdbc.sql("""
                SELECT id, received_at, subject, status, priority FROM complaint
                WHERE customer_id = :customer %s ORDER BY received_at DESC, id DESC LIMIT :limit""".formatted(keyset))
                .param("customer", customerId).param("limit", limit);
        if (after != null) {
            query = query.param("at", LocalDateTime.ofInstant(after.at(), ZoneOffset.UTC)).param("id", after.id());
        }
        return query.query((rs, n) -> {
            long id = rs.getLong("id");
            String status = texts.getTranslation("complaint.status." + rs.getString("status"), locale);
            String priority = texts.getTranslation("complaint.priority." + rs.getString("priority"), locale);
            return new TimelineEntry(rs.getObject("received_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), id, "complaint",
                    texts.getTranslation("complaint.timeline.title", locale, id, rs.getString("subject")),
                    texts.getTranslation("complaint.timeline.detail", locale, status, priority), "complaints/" + id);
        }).list();
    }
}
