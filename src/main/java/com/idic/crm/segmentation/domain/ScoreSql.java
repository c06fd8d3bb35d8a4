package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.idic.crm.segmentation.SegmentationSettings;

/**
 * The rules of DOMAIN.md section 6 as MariaDB SQL, for one run: the same boundaries as the Java rules
 * ({@link AnalysisDates}), the same discount factors ({@link CustomerLifetimeValue}) and the same
 * exact decimal comparisons. Values are validated numbers and dates, written as literals.
 */
public final class ScoreSql {

    public static final String AGGREGATE_TABLE = "segmentation_agg";

    private final SegmentationSettings settings;
    private final AnalysisDates dates;
    private final CustomerLifetimeValue clv;

    public ScoreSql(SegmentationSettings settings, LocalDate analysisDate) {
        this.settings = settings;
        this.dates = AnalysisDates.of(analysisDate, settings);
        this.clv = new CustomerLifetimeValue(settings.clv());
    }

    public AnalysisDates dates() {
        return dates;
    }

    public static String scoreTable(long runId) {
        return "segmentation_score_" + runId;
    }

    /**
     * The per-customer facts, in memory (about 110 bytes a customer): the ranks and the future CLV are
     * filled in place by two sorted updates, so the score table is written in one go without window functions.
     */
    public String createAggregate() {
        return createAggregate("CREATE TEMPORARY TABLE " + AGGREGATE_TABLE);
    }

    /**
     * A second, ordinary in-memory table another connection fills with the upper half of the customers at
     * the same time (a temporary table is its creator's alone; one table would take one writer at a time).
     */
    public String createSideAggregate(long runId) {
        return createAggregate("CREATE TABLE " + sideAggregate(runId));
    }

    public static String sideAggregate(long runId) {
        return AGGREGATE_TABLE + "_side_" + runId;
    }

    private static String createAggregate(String create) {
        return create + " ("
                + " customer_id BIGINT NOT NULL PRIMARY KEY, first_order DATE NOT NULL, last_order DATE NOT NULL,"
                + " orders_w INT NOT NULL, amount_w DECIMAL(18,2) NOT NULL, paid_w DECIMAL(18,2) NOT NULL,"
                + " longest_term INT NULL, p DECIMAL(18,2) NOT NULL, pp DECIMAL(18,2) NOT NULL,"
                + " revenue DECIMAL(18,2) NOT NULL, history DECIMAL(20,2) NOT NULL,"
                + " orders_base INT NOT NULL, r TINYINT NULL, f TINYINT NULL, m TINYINT NULL, fut DECIMAL(22,2) NULL,"
                + " profit_rank INT NULL, revenue_rank INT NULL,"
                + " revenue_above DECIMAL(22,2) NULL) ENGINE=MEMORY";
    }

    /** The one pass over the orders: everything the rules need per customer (see {@link CustomerFacts}). */
    public String fillAggregate() {
        return fillAggregate(AGGREGATE_TABLE, "");
    }

    /** The pass for the customers with ids up to {@code lastId} into the run's aggregate. */
    public String fillLowerAggregate(long lastId) {
        return fillAggregate(AGGREGATE_TABLE, " AND customer_id <= " + lastId);
    }

    /** The pass for the customers with ids above {@code lastId} into the side table. */
    public String fillUpperAggregate(long runId, long lastId) {
        return fillAggregate(sideAggregate(runId), " AND customer_id > " + lastId);
    }

    public String appendSideAggregate(long runId) {
        return "INSERT INTO " + AGGREGATE_TABLE + " SELECT * FROM " + sideAggregate(runId);
    }

    private String fillAggregate(String table, String customers) {
        String a = date(dates.analysisDate());
        String w = date(dates.windowStart());
        String y = date(dates.yearStart());
        String c = date(dates.churnStart());
        return "INSERT INTO " + table + " (customer_id, first_order, last_order, orders_w, amount_w, paid_w,"
                + " longest_term, p, pp, revenue, history, orders_base) SELECT customer_id, MIN(order_date), MAX(order_date),"
                + " SUM(order_date > " + w + "),"
                + " SUM(IF(order_date > " + w + ", amount, 0)),"
                + " SUM(IF(order_date > " + w + " AND paid_date <= " + a + ", COALESCE(paid_amount, 0), 0)),"
                + " MAX(IF(order_date > " + w + ", DATEDIFF(IF(paid_date <= " + a + " AND paid_amount >= amount,"
                + " paid_date, " + a + "), order_date), NULL)),"
                + " SUM(IF(order_date > " + y + ", amount - cost, 0)),"
                + " SUM(IF(order_date > " + w + " AND order_date <= " + y + ", amount - cost, 0)),"
                + " SUM(IF(order_date > " + y + ", amount, 0)),"
                + " SUM(amount - cost),"
                + " SUM(order_date > " + c + " AND order_date <= " + y + ")"
                // the plan of the bare GROUP BY customer_id: a range on the date index would need a sort
                + " FROM customer_order IGNORE INDEX (ix_order_date) WHERE order_date <= " + a + customers
                + " GROUP BY customer_id";
    }

    /** A merged duplicate's orders move to the kept record; should any remain, the duplicate is still not scored. */
    public String dropMergedCustomers() {
        return "DELETE a FROM " + AGGREGATE_TABLE + " a JOIN customer c ON c.id = a.customer_id"
                + " WHERE c.merged_into_id IS NOT NULL";
    }

    /** Counts and sums for the company figures: n, revenue, profit, active at start / end, churned, profit of active. */
    public String totals() {
        // active at A: an order in (A - 12 months, A], i.e. the last order (never after A) is in it
        String active = "(last_order > " + date(dates.yearStart()) + ")";
        return "SELECT COUNT(*), COALESCE(SUM(revenue), 0), COALESCE(SUM(p), 0), COALESCE(SUM(orders_base > 0), 0),"
                + " COALESCE(SUM(" + active + "), 0), COALESCE(SUM(orders_base > 0 AND NOT " + active + "), 0),"
                + " COALESCE(SUM(IF(" + active + ", p, 0)), 0) FROM " + AGGREGATE_TABLE;
    }

    /**
     * Rank 1 = most profitable, ties by id, numbered in one sorted pass; R, F, M and the future CLV on the way. The
     * statements run in order on one connection, so the user variable counts the rows as they are updated.
     */
    public List<String> rankByProfit() {
        return List.of("SET @rank = 0",
                "UPDATE " + AGGREGATE_TABLE + " SET profit_rank = (@rank := @rank + 1), r = " + recency() + ", f = "
                        + frequency() + ", m = " + monetary() + ", fut = " + future()
                        + " ORDER BY p DESC, customer_id");
    }

    /** Rank 1 = most revenue, ties by id; revenue_above = S, the exact running sum of everyone ranked above. */
    public List<String> rankByRevenue() {
        return List.of("SET @rank = 0, @above = 0.00",
                "UPDATE " + AGGREGATE_TABLE + " SET revenue_rank = (@rank := @rank + 1),"
                        + " revenue_above = (@above := @above + revenue) - revenue ORDER BY revenue DESC, customer_id");
    }

    /** P at two profit ranks: rank k in descending order is rank n + 1 - k ascending. */
    public String profitAtRanks() {
        return "SELECT profit_rank, p FROM " + AGGREGATE_TABLE + " WHERE profit_rank IN (?, ?)";
    }

    /** The future CLV at 1-based ascending rank {@code ?} (offset) and the one after it. */
    public String futureFromRank() {
        return "SELECT fut FROM " + AGGREGATE_TABLE + " ORDER BY fut LIMIT ?, 2";
    }

    /** R from the last order. */
    String recency() {
        return "CASE WHEN last_order > " + date(dates.recency5After()) + " THEN 5"
                + " WHEN last_order > " + date(dates.recency4After()) + " THEN 4"
                + " WHEN last_order > " + date(dates.recency3After()) + " THEN 3"
                + " WHEN last_order > " + date(dates.recency2After()) + " THEN 2 ELSE 1 END";
    }

    String frequency() {
        SegmentationSettings.Rfm rfm = settings.rfm();
        return "CASE WHEN orders_w >= " + rfm.frequency5Orders() + " THEN 5"
                + " WHEN orders_w >= " + rfm.frequency4Orders() + " THEN 4"
                + " WHEN orders_w >= " + rfm.frequency3Orders() + " THEN 3"
                + " WHEN orders_w >= " + rfm.frequency2Orders() + " THEN 2 ELSE 1 END";
    }

    String monetary() {
        SegmentationSettings.Rfm rfm = settings.rfm();
        return "CASE WHEN amount_w <= " + number(rfm.monetary1Max()) + " THEN 1"
                + " WHEN amount_w <= " + number(rfm.monetary2Max()) + " THEN 2"
                + " WHEN amount_w <= " + number(rfm.monetary3Max()) + " THEN 3"
                + " WHEN amount_w <= " + number(rfm.monetary4Max()) + " THEN 4 ELSE 5 END";
    }

    /** Future CLV rounded to cents: 0, 2P x k or P^2 x k / Pp, as {@link CustomerLifetimeValue#future}. */
    String future() {
        String k = "(CASE WHEN last_order > " + date(dates.recency5After()) + " THEN " + number(clv.factor(5))
                + " WHEN last_order > " + date(dates.recency4After()) + " THEN " + number(clv.factor(4))
                + " WHEN last_order > " + date(dates.recency3After()) + " THEN " + number(clv.factor(3))
                + " WHEN last_order > " + date(dates.recency2After()) + " THEN " + number(clv.factor(2))
                + " ELSE " + number(clv.factor(1)) + " END)";
        return "CASE WHEN pp > 0 THEN (CASE WHEN p <= 0 THEN 0.00 WHEN p > pp + pp THEN ROUND((p + p) * " + k
                + ", 2) ELSE ROUND(p * p * " + k + " / pp, 2) END)"
                + " WHEN p > 0 THEN ROUND((p + p) * " + k + ", 2) ELSE 0.00 END";
    }

    /**
     * Every customer's row of the run, with the settings and the run's totals: n customers with orders,
     * total revenue T and the median pairs of P and future CLV.
     */
    public String insertScores(long runId, long n, BigDecimal totalRevenue, Median profit, Median future) {
        SegmentationSettings.Pyramid pyramid = settings.pyramid();
        SegmentationSettings.Abc abc = settings.abc();
        String total = number(totalRevenue);
        String rated = "(c.type = 'ORGANIZATION' AND x.orders_w > 0)";
        String stage = computedStage();
        return "INSERT INTO " + scoreTable(runId) + " (customer_id, first_order, last_order, recency, frequency,"
                + " monetary, rfm_code, orders_in_window, amount_in_window, profit_rank, tier, revenue_rank,"
                + " revenue_12m, revenue_above, abc_class, profit_12m, profit_prev_12m, clv_history, clv_future,"
                + " clv_total, quadrant, collection_share, longest_term_days, credit_rating, computed_stage, stage,"
                + " stage_overridden, list_rank, revenue_list_rank)"
                + " SELECT c.id, x.first_order, x.last_order, x.r, x.f, x.m, CONCAT(x.r, x.f, x.m), x.orders_w,"
                + " x.amount_w, x.profit_rank,"
                + " CASE WHEN x.profit_rank IS NULL THEN NULL"
                + " WHEN x.profit_rank <= " + ValuePyramid.lastRank(pyramid.platinumShare(), n) + " THEN 'PLATINUM'"
                + " WHEN x.profit_rank <= " + ValuePyramid.lastRank(pyramid.goldShare(), n) + " THEN 'GOLD'"
                + " WHEN x.profit_rank <= " + ValuePyramid.lastRank(pyramid.ironShare(), n) + " THEN 'IRON'"
                + " ELSE 'LEAD' END,"
                + " x.revenue_rank, x.revenue, x.revenue_above,"
                + " CASE WHEN x.customer_id IS NULL THEN NULL WHEN " + total + " = 0 THEN 'C'"
                + " WHEN x.revenue_above < " + number(abc.aShare()) + " * " + total + " THEN 'A'"
                + " WHEN x.revenue_above < " + number(abc.bShare()) + " * " + total + " THEN 'B' ELSE 'C' END,"
                + " x.p, x.pp, x.history, x.fut, x.history + x.fut,"
                + " CASE WHEN x.customer_id IS NULL THEN NULL"
                + " WHEN x.p + x.p > " + number(profit.lower().add(profit.upper())) + " THEN"
                + " IF(x.fut + x.fut > " + number(future.lower().add(future.upper())) + ", 'VIP', 'MAINTAIN')"
                + " ELSE IF(x.fut + x.fut > " + number(future.lower().add(future.upper()))
                + ", 'IMPROVE', 'ABANDON') END,"
                + " IF(" + rated + ", IF(x.amount_w = 0, 1, ROUND(x.paid_w / x.amount_w, 4)), NULL),"
                + " IF(" + rated + ", x.longest_term, NULL),"
                + " IF(" + rated + ", ELT(GREATEST(" + shareLevel() + ", " + termLevel() + ") + 1,"
                + " 'A', 'B', 'C', 'D', 'NONE'), NULL),"
                + " " + stage + ", COALESCE(o.stage, " + stage + "), o.customer_id IS NOT NULL,"
                + " COALESCE(x.profit_rank, " + n + " + c.id), COALESCE(x.revenue_rank, " + n + " + c.id)"
                // in customer id order: the rows append to the new table's primary key
                + " FROM customer c LEFT JOIN " + AGGREGATE_TABLE + " x ON x.customer_id = c.id"
                + " LEFT JOIN lifecycle_override o ON o.customer_id = c.id"
                + " WHERE c.merged_into_id IS NULL";
    }

    private String shareLevel() {
        SegmentationSettings.Credit credit = settings.credit();
        return "CASE WHEN x.paid_w >= " + number(credit.shareA()) + " * x.amount_w THEN 0"
                + " WHEN x.paid_w >= " + number(credit.shareB()) + " * x.amount_w THEN 1"
                + " WHEN x.paid_w >= " + number(credit.shareC()) + " * x.amount_w THEN 2"
                + " WHEN x.paid_w >= " + number(credit.shareD()) + " * x.amount_w THEN 3 ELSE 4 END";
    }

    private String termLevel() {
        SegmentationSettings.Credit credit = settings.credit();
        return "CASE WHEN x.longest_term <= " + credit.termA() + " THEN 0"
                + " WHEN x.longest_term <= " + credit.termB() + " THEN 1"
                + " WHEN x.longest_term <= " + credit.termC() + " THEN 2"
                + " WHEN x.longest_term <= " + credit.termD() + " THEN 3 ELSE 4 END";
    }

    private String computedStage() {
        SegmentationSettings.Lifecycle lifecycle = settings.lifecycle();
        return "(CASE WHEN x.customer_id IS NULL THEN 'POTENTIAL'"
                + " WHEN x.last_order <= " + date(dates.terminationOnOrBefore()) + " THEN 'TERMINATION'"
                + " WHEN x.first_order > " + date(dates.acquisitionAfter()) + " THEN 'ACQUISITION'"
                + " WHEN x.last_order <= " + date(dates.declineOnOrBefore())
                + " OR x.p < " + number(lifecycle.declineFactor()) + " * x.pp THEN 'DECLINE'"
                + " WHEN x.p > " + number(lifecycle.growthFactor()) + " * x.pp THEN 'GROWTH'"
                + " ELSE 'MATURITY' END)";
    }

    /** One row per combination of the groupings, summed for shares and the R x F grid. */
    public String fillCube(long runId) {
        return "INSERT INTO segmentation_cube (run_id, tier, abc_class, quadrant, stage, recency, frequency, customers,"
                + " revenue_12m, profit_12m, amount_in_window)"
                + " SELECT " + runId + ", tier, abc_class, quadrant, stage, recency, frequency, COUNT(*),"
                + " COALESCE(SUM(revenue_12m), 0), COALESCE(SUM(profit_12m), 0), COALESCE(SUM(amount_in_window), 0)"
                + " FROM " + scoreTable(runId) + " GROUP BY tier, abc_class, quadrant, stage, recency, frequency";
    }

    private static String date(LocalDate date) {
        return "DATE'" + date + "'";
    }

    private static String number(BigDecimal value) {
        return value.toPlainString();
    }
}
