package com.idic.crm.customer.duplicates;

import java.util.List;
import java.util.Map;

import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys {@link DuplicateFinder} leaves out because more than {@link DuplicateFinder#MAX_SHARED_KEY}
 * records share them, each listed once as a group whose members can be paged through and any two
 * of them merged. One scan of each key's index, like the pair search.
 */
@Service
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@Transactional(readOnly = true)
public class DuplicateGroups {

    private static final String GROUPS = """
            SELECT 'PHONE' AS reason, phone_key AS shared_key, NULL AS region, COUNT(*) AS size, MIN(id) AS sample_id
              FROM customer WHERE phone_key IS NOT NULL AND merged_into_id IS NULL
             GROUP BY phone_key HAVING COUNT(*) > %1$d
            UNION ALL
            SELECT 'EMAIL', email_key, NULL, COUNT(*), MIN(id)
              FROM customer WHERE email_key IS NOT NULL AND merged_into_id IS NULL
             GROUP BY email_key HAVING COUNT(*) > %1$d
            UNION ALL
            SELECT 'NAME_REGION', name_key, region, COUNT(*), MIN(id)
              FROM customer WHERE name_key <> '' AND region <> '' AND merged_into_id IS NULL
             GROUP BY name_key, region HAVING COUNT(*) > %1$d
            """.formatted(DuplicateFinder.MAX_SHARED_KEY);

    private final JdbcClient jdbc;
    private final CustomerSummaries summaries;

    DuplicateGroups(JdbcClient jdbc, CustomerSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** The biggest groups first. */
    public List<DuplicateGroup> page(int offset, int limit) {
        record Row(DuplicateReason reason, String key, String region, long size, long sampleId) {
        }
        List<Row> rows = jdbc.sql("SELECT * FROM (" + GROUPS + ") g ORDER BY size DESC, reason, shared_key, region"
                        + " LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new Row(DuplicateReason.valueOf(rs.getString("reason")), rs.getString("shared_key"),
                        rs.getString("region"), rs.getLong("size"), rs.getLong("sample_id")))
                .list();
        Map<Long, CustomerSummary> samples = summaries.byId(rows.stream().map(Row::sampleId).toList());
        return rows.stream()
                .map(row -> new DuplicateGroup(row.reason(), row.key(), row.region(), row.size(),
                        shown(row.reason(), samples.get(row.sampleId()))))
                .toList();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM (" + GROUPS + ") g").query(Long.class).single();
    }

    /** The group's unmerged records by id, a page at a time: a switchboard number may be shared by thousands. */
    public List<CustomerSummary> members(DuplicateGroup group, int offset, int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM customer WHERE " + condition(group)
                        + " AND merged_into_id IS NULL ORDER BY id LIMIT :limit OFFSET :offset")
                .param("key", group.key()).param("region", group.region())
                .param("limit", limit).param("offset", offset)
                .query(Long.class).list();
        Map<Long, CustomerSummary> byId = summaries.byId(ids);
        return ids.stream().map(byId::get).toList();
    }

    public long memberCount(DuplicateGroup group) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE " + condition(group) + " AND merged_into_id IS NULL")
                .param("key", group.key()).param("region", group.region())
                .query(Long.class).single();
    }

    private static String condition(DuplicateGroup group) {
        return switch (group.reason()) {
            case PHONE -> "phone_key = :key";
            case EMAIL -> "email_key = :key";
            case NAME_REGION -> "name_key = :key AND region = :region";
        };
    }

    private static String shown(DuplicateReason reason, CustomerSummary sample) {
        return switch (reason) {
            case PHONE -> sample.phone();
            case EMAIL -> sample.email();
            case NAME_REGION -> sample.name();
        };
    }
}
