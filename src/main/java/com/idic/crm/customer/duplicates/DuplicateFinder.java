package com.idic.crm.customer.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds likely duplicate customers among unmerged records: same normalized phone, same
 * normalized e-mail, or same normalized name in the same region. One self-join per key
 * (a UNION, not one join with OR, so each join uses its index), then grouped so a pair is
 * listed once with every reason that matched.
 */
@Service
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@Transactional(readOnly = true)
public class DuplicateFinder {

    private static final String MATCHES = """
            SELECT a.id AS first_id, b.id AS second_id, 'PHONE' AS reason
              FROM customer a
              JOIN customer b ON b.phone_key = a.phone_key AND b.merged_into_id IS NULL AND b.id > a.id
             WHERE a.phone_key IS NOT NULL AND a.merged_into_id IS NULL
            UNION ALL
            SELECT a.id, b.id, 'EMAIL'
              FROM customer a
              JOIN customer b ON b.email_key = a.email_key AND b.merged_into_id IS NULL AND b.id > a.id
             WHERE a.email_key IS NOT NULL AND a.merged_into_id IS NULL
            UNION ALL
            SELECT a.id, b.id, 'NAME_REGION'
              FROM customer a
              JOIN customer b ON b.name_key = a.name_key AND b.region = a.region
                             AND b.merged_into_id IS NULL AND b.id > a.id
             WHERE a.name_key <> '' AND a.region IS NOT NULL AND a.region <> '' AND a.merged_into_id IS NULL
            """;

    private final JdbcClient jdbc;
    private final CustomerSummaries summaries;

    DuplicateFinder(JdbcClient jdbc, CustomerSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** Pairs ordered by the lower id, then the higher one. */
    public List<DuplicatePair> page(int offset, int limit) {
        record Match(long firstId, long secondId, Set<DuplicateReason> reasons) {
        }
        List<Match> matches = jdbc.sql("SELECT first_id, second_id, GROUP_CONCAT(reason) AS reasons FROM (" + MATCHES
                        + ") m GROUP BY first_id, second_id ORDER BY first_id, second_id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new Match(rs.getLong("first_id"), rs.getLong("second_id"), reasons(rs.getString("reasons"))))
                .list();
        List<Long> ids = new ArrayList<>();
        matches.forEach(match -> ids.addAll(List.of(match.firstId(), match.secondId())));
        Map<Long, CustomerSummary> byId = summaries.byId(ids);
        return matches.stream()
                .map(match -> new DuplicatePair(byId.get(match.firstId()), byId.get(match.secondId()), match.reasons()))
                .toList();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM (" + MATCHES + ") m GROUP BY first_id, second_id) p")
                .query(Long.class).single();
    }

    private static Set<DuplicateReason> reasons(String concatenated) {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        Arrays.stream(concatenated.split(",")).map(DuplicateReason::valueOf).forEach(reasons::add);
        return reasons;
    }
}
