package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.segmentation.AbcClass;
import com.idic.crm.segmentation.CreditRating;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.ScoreSort;
import com.idic.crm.segmentation.ScoredCustomer;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Reads a run's score table joined with the customer (name, type and region as they are now, so an
 * anonymized customer is never shown with old personal data). Filters use the table's indexes.
 */
@Repository
public class ScoreStore {

    private static final String COLUMNS = "s.*, c.name AS customer_name, c.type AS customer_type, c.region";

    private final JdbcTemplate jdbc;

    ScoreStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CustomerScore> page(SegmentationRun run, ScoreFilter filter, ScoreSort sort, boolean ascending,
                                    int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(run, filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM " + ScoreTable.name(run.id()) + " s JOIN customer c ON c.id = s.customer_id"
                + where + " ORDER BY " + orderBy(sort, ascending) + " LIMIT ? OFFSET ?", mapper(run.id(), run.analysisDate()),
                args.toArray());
    }

    /**
     * The rows after {@code last} (null: from the start) in the list's own order, for exports: keyset
     * paging, so the millionth row costs what the first did (OFFSET would read every row before it again).
     * Filters mean what they mean in {@link #page}.
     */
    public List<ScoredCustomer> chunkAfter(SegmentationRun run, ScoreFilter filter, ScoreSort sort, boolean ascending,
                                           ScoredCustomer last, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(run, filter, args);
        if (last != null) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + after(sort == null ? ScoreSort.PROFIT_RANK : sort, ascending, last, args);
        }
        args.add(limit);
        RowMapper<CustomerScore> score = mapper(run.id(), run.analysisDate());
        return jdbc.query("SELECT " + COLUMNS + ", c.external_id FROM " + ScoreTable.name(run.id())
                        + " s JOIN customer c ON c.id = s.customer_id" + where + " ORDER BY " + orderBy(sort, ascending) + " LIMIT ?",
                (row, i) -> new ScoredCustomer(score.mapRow(row, i), row.getString("external_id"),
                        row.getLong("list_rank"), row.getLong("revenue_list_rank")),
                args.toArray());
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

    public long count(SegmentationRun run, ScoreFilter filter) {
        long runId = run.id();
        List<Object> args = new ArrayList<>();
        String where = where(run, filter, args);
        boolean needsCustomer = filter.region() != null || filter.customerType() != null;
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + ScoreTable.name(runId) + " s"
                + (needsCustomer ? " JOIN customer c ON c.id = s.customer_id" : "") + where, Long.class, args.toArray());
    }

    public Optional<CustomerScore> scoreOf(long runId, LocalDate analysisDate, long customerId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + ScoreTable.name(runId) + " s JOIN customer c ON c.id = s.customer_id"
                + " WHERE s.customer_id = ?", mapper(runId, analysisDate), customerId).stream().findFirst();
    }

    /** Shows a manual stage in a run's results at once (the next run applies it itself). */
    public void applyStage(long runId, long customerId, LifecycleStage override) {
        if (override == null) {
            jdbc.update("UPDATE " + ScoreTable.name(runId) + " SET stage = computed_stage, stage_overridden = FALSE"
                    + " WHERE customer_id = ?", customerId);
        } else {
            jdbc.update("UPDATE " + ScoreTable.name(runId) + " SET stage = ?, stage_overridden = TRUE"
                    + " WHERE customer_id = ?", override.name(), customerId);
        }
    }

    private static String where(SegmentationRun run, ScoreFilter f, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (f.tier() != null) {
            // a tier is a range of profit ranks: read straight from the list's own index
            long[] ranks = tierRanks(run, f.tier());
            conditions.add("s.list_rank > ? AND s.list_rank <= ?");
            args.add(ranks[0]);
            args.add(ranks[1]);
        }
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
            // customers without orders rank after the n scored ones and have no CLV: ranges, so a page read
            // from either end of the rank or CLV index starts at the first scored customer
            conditions.add("s.list_rank <= ? AND s.clv_total IS NOT NULL");
            args.add(run.customersWithOrders());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void equal(List<String> conditions, List<Object> args, String column, Object value) {
        if (value != null) {
            conditions.add(column + " = ?");
            args.add(value instanceof Enum<?> e ? e.name() : value);
        }
    }

    /** The profit ranks (first exclusive, last inclusive) of a tier in the run, as {@link ValuePyramid} gives them. */
    private static long[] tierRanks(SegmentationRun run, Tier tier) {
        SegmentationSettings.Pyramid shares = run.settings().pyramid();
        long n = run.customersWithOrders();
        long platinum = ValuePyramid.lastRank(shares.platinumShare(), n);
        long gold = ValuePyramid.lastRank(shares.goldShare(), n);
        long iron = ValuePyramid.lastRank(shares.ironShare(), n);
        return switch (tier) {
            case PLATINUM -> new long[]{0, platinum};
            case GOLD -> new long[]{platinum, gold};
            case IRON -> new long[]{gold, iron};
            case LEAD -> new long[]{iron, n};
        };
    }

    private static void range(List<String> conditions, List<Object> args, String column, Integer min, Integer max) {
        if (min != null && min.equals(max)) {
            // one value: an equality, so the index on it still delivers the rows in rank order
            conditions.add(column + " = ?");
            args.add(min);
            return;
        }
        if (min != null) {
            conditions.add(column + " >= ?");
            args.add(min);
        }
        if (max != null) {
            conditions.add(column + " <= ?");
            args.add(max);
        }
    }

    /**
     * By rank, customers without orders after the ranked ones (list ranks are unique, so pages never
     * repeat a row); by CLV, they come first when ascending.
     */
    private static String orderBy(ScoreSort sort, boolean ascending) {
        String direction = ascending ? "" : " DESC";
        return switch (sort == null ? ScoreSort.PROFIT_RANK : sort) {
            case PROFIT_RANK -> "s.list_rank" + direction;
            case REVENUE_RANK -> "s.revenue_list_rank" + direction;
            case CLV_TOTAL -> "s.clv_total" + direction + ", s.customer_id" + direction;
        };
    }

    private static RowMapper<CustomerScore> mapper(long runId, LocalDate analysisDate) {
        return (row, i) -> new CustomerScore(runId, analysisDate, row.getLong("customer_id"),
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
                row.getBoolean("stage_overridden"));
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
