package com.idic.crm.segmentation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.segmentation.domain.ScoreTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * A run's scores read in chunks by key (keyset paging) for exports: each chunk continues after the last
 * row of the previous one on the list's own order, so the millionth row costs what the first did
 * (the grid's OFFSET pages would read every row before it again). Filters mean what they mean in the
 * scored-customer list.
 */
@Component
class ScoreChunks {

    private final JdbcTemplate jdbc;

    ScoreChunks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ScoredCustomer> after(SegmentationRun run, ScoreFilter filter, ScoreSort sort, boolean ascending,
                               ScoredCustomer last, int limit) {
        List<Object> args = new ArrayList<>();
        List<String> conditions = conditions(filter, args);
        ScoreSort order = sort == null ? ScoreSort.PROFIT_RANK : sort;
        if (last != null) {
            conditions.add(after(order, ascending, last, args));
        }
        args.add(limit);
        String direction = ascending ? "" : " DESC";
        String orderBy = switch (order) {
            case PROFIT_RANK -> "s.list_rank" + direction;
            case REVENUE_RANK -> "s.revenue_list_rank" + direction;
            case CLV_TOTAL -> "s.clv_total" + direction + ", s.customer_id" + direction;
        };
        return jdbc.query("SELECT s.*, c.name AS customer_name, c.type AS customer_type, c.region, c.external_id"
                        + " FROM " + ScoreTable.name(run.id()) + " s JOIN customer c ON c.id = s.customer_id"
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                        + " ORDER BY " + orderBy + " LIMIT ?",
                mapper(run.id(), run.analysisDate()), args.toArray());
    }

    /** Rows after {@code last}; by CLV, customers without a CLV sort first when ascending (as MariaDB sorts NULL). */
    private static String after(ScoreSort sort, boolean ascending, ScoredCustomer last, List<Object> args) {
        String beyond = ascending ? " > ?" : " < ?";
        return switch (sort) {
            case PROFIT_RANK -> {
                args.add(last.listRank());
                yield "s.list_rank" + beyond;
            }
            case REVENUE_RANK -> {
                args.add(last.revenueListRank());
                yield "s.revenue_list_rank" + beyond;
            }
            case CLV_TOTAL -> {
                BigDecimal clv = last.score().clvTotal();
                long id = last.score().customerId();
                if (clv == null) {
                    args.add(id);
                    yield ascending ? "(s.clv_total IS NOT NULL OR s.customer_id > ?)"
                            : "(s.clv_total IS NULL AND s.customer_id < ?)";
                }
                args.add(clv);
                args.add(clv);
                args.add(id);
                yield "(s.clv_total" + beyond + " OR (s.clv_total = ? AND s.customer_id" + beyond + ")"
                        + (ascending ? "" : " OR s.clv_total IS NULL") + ")";
            }
        };
    }

    private static List<String> conditions(ScoreFilter f, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        equal(conditions, args, "s.tier", f.tier());
        equal(conditions, args, "s.abc_class", f.abcClass());
        equal(conditions, args, "s.quadrant", f.quadrant());
        equal(conditions, args, "s.credit_rating", f.creditRating());
        equal(conditions, args, "s.stage", f.stage());
        equal(conditions, args, "s.rfm_code", f.rfmCode() == null || f.rfmCode().isBlank() ? null : f.rfmCode().trim());
        equal(conditions, args, "c.region", f.region() == null || f.region().isBlank() ? null : f.region().trim());
        equal(conditions, args, "c.type", f.customerType());
        range(conditions, args, "s.recency", f.recencyMin(), f.recencyMax());
        range(conditions, args, "s.frequency", f.frequencyMin(), f.frequencyMax());
        range(conditions, args, "s.monetary", f.monetaryMin(), f.monetaryMax());
        if (f.scoredOnly()) {
            conditions.add("s.profit_rank IS NOT NULL");
        }
        return conditions;
    }

    private static void equal(List<String> conditions, List<Object> args, String column, Object value) {
        if (value != null) {
            conditions.add(column + " = ?");
            args.add(value instanceof Enum<?> e ? e.name() : value);
        }
    }

    private static void range(List<String> conditions, List<Object> args, String column, Integer min, Integer max) {
        if (min != null) {
            conditions.add(column + " >= ?");
            args.add(min);
        }
        if (max != null) {
            conditions.add(column + " <= ?");
            args.add(max);
        }
    }

    private static RowMapper<ScoredCustomer> mapper(long runId, LocalDate analysisDate) {
        return (row, i) -> new ScoredCustomer(new CustomerScore(runId, analysisDate, row.getLong("customer_id"),
                row.getString("customer_name"), CustomerType.valueOf(row.getString("customer_type")),
                row.getString("region"), row.getObject("first_order", LocalDate.class),
                row.getObject("last_order", LocalDate.class), integer(row, "recency"), integer(row, "frequency"),
                integer(row, "monetary"), row.getString("rfm_code"), integer(row, "orders_in_window"),
                row.getBigDecimal("amount_in_window"), integer(row, "profit_rank"), value(Tier.class, row, "tier"),
                integer(row, "revenue_rank"), row.getBigDecimal("revenue_12m"), row.getBigDecimal("revenue_above"),
                value(AbcClass.class, row, "abc_class"), row.getBigDecimal("profit_12m"),
                row.getBigDecimal("profit_prev_12m"), row.getBigDecimal("clv_history"),
                row.getBigDecimal("clv_future"), row.getBigDecimal("clv_total"),
                value(Quadrant.class, row, "quadrant"), row.getBigDecimal("collection_share"),
                integer(row, "longest_term_days"), value(CreditRating.class, row, "credit_rating"),
                value(LifecycleStage.class, row, "computed_stage"), value(LifecycleStage.class, row, "stage"),
                row.getBoolean("stage_overridden")),
                row.getString("external_id"), row.getLong("list_rank"), row.getLong("revenue_list_rank"));
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static <E extends Enum<E>> E value(Class<E> type, ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value.trim());
    }
}
