package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.CreditRating;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.Tier;

/**
 * Every rule of DOMAIN.md section 6 in plain Java over customers and orders held in memory: the
 * oracle the set-based SQL run is tested against. Not for production sizes.
 */
public final class ReferenceSegmentation {

    /** A customer to score; ids order the ties. */
    public record Customer(long id, CustomerType type) {
    }

    public record Result(Map<Long, CustomerScore> scores, CompanyFigures figures) {
    }

    private final SegmentationSettings settings;
    private final AnalysisDates dates;

    public ReferenceSegmentation(SegmentationSettings settings, java.time.LocalDate analysisDate) {
        this.settings = settings;
        this.dates = AnalysisDates.of(analysisDate, settings);
    }

    public Result score(List<Customer> customers, List<OrderFact> orders, Map<Long, LifecycleStage> overrides) {
        Map<Long, List<OrderFact>> byCustomer = new HashMap<>();
        orders.forEach(o -> byCustomer.computeIfAbsent(o.customerId(), id -> new ArrayList<>()).add(o));
        List<CustomerFacts> all = customers.stream()
                .sorted(Comparator.comparingLong(Customer::id))
                .map(c -> CustomerFacts.of(c.id(), c.type() == CustomerType.ORGANIZATION,
                        byCustomer.getOrDefault(c.id(), List.of()), dates))
                .toList();
        List<CustomerFacts> withOrders = all.stream().filter(CustomerFacts::hasOrders).toList();
        int n = withOrders.size();

        RfmScorer rfm = new RfmScorer(settings.rfm(), dates);
        CustomerLifetimeValue clv = new CustomerLifetimeValue(settings.clv());
        Map<Long, BigDecimal> future = new HashMap<>();
        withOrders.forEach(f -> future.put(f.customerId(),
                clv.future(f.profit12m(), f.profitPrev12m(), rfm.recency(f.lastOrder()))));

        Map<Long, Integer> profitRank = ranks(withOrders, Comparator.comparing(CustomerFacts::profit12m).reversed());
        Map<Long, Integer> revenueRank = ranks(withOrders, Comparator.comparing(CustomerFacts::revenue12m).reversed());
        List<CustomerFacts> byRevenue = withOrders.stream()
                .sorted(Comparator.comparing(CustomerFacts::revenue12m).reversed()
                        .thenComparingLong(CustomerFacts::customerId)).toList();
        Map<Long, BigDecimal> revenueAbove = new HashMap<>();
        BigDecimal running = BigDecimal.ZERO;
        for (CustomerFacts f : byRevenue) {
            revenueAbove.put(f.customerId(), running);
            running = running.add(f.revenue12m());
        }
        BigDecimal totalRevenue = running;

        ValueMatrix matrix = new ValueMatrix(
                Median.of(withOrders.stream().map(CustomerFacts::profit12m).sorted().toList()),
                Median.of(future.values().stream().sorted().toList()));
        ValuePyramid pyramid = new ValuePyramid(settings.pyramid());
        AbcClassifier abc = new AbcClassifier(settings.abc());
        CreditRater credit = new CreditRater(settings.credit());
        LifecycleRule lifecycle = new LifecycleRule(settings.lifecycle(), dates);

        Map<Long, CustomerScore> scores = new LinkedHashMap<>();
        for (CustomerFacts f : all) {
            LifecycleStage computed = lifecycle.stage(f);
            LifecycleStage override = overrides.get(f.customerId());
            LifecycleStage stage = override != null ? override : computed;
            CustomerType type = f.organization() ? CustomerType.ORGANIZATION : CustomerType.INDIVIDUAL;
            if (!f.hasOrders()) {
                scores.put(f.customerId(), new CustomerScore(0, dates.analysisDate(), f.customerId(), null, type, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, computed, stage, override != null));
                continue;
            }
            int r = rfm.recency(f.lastOrder());
            int fr = rfm.frequency(f.ordersInWindow());
            int m = rfm.monetary(f.amountInWindow());
            int rank = profitRank.get(f.customerId());
            BigDecimal fut = future.get(f.customerId());
            boolean rated = f.organization() && f.ordersInWindow() > 0;
            CreditRating rating = rated ? credit.rate(f.paidInWindow(), f.amountInWindow(), f.longestTermDays()) : null;
            scores.put(f.customerId(), new CustomerScore(0, dates.analysisDate(), f.customerId(), null, type, null,
                    f.firstOrder(), f.lastOrder(), r, fr, m, RfmScorer.code(r, fr, m), f.ordersInWindow(),
                    f.amountInWindow(), rank, pyramid.tier(rank, n), revenueRank.get(f.customerId()), f.revenue12m(),
                    revenueAbove.get(f.customerId()), abc.classify(revenueAbove.get(f.customerId()), totalRevenue),
                    f.profit12m(), f.profitPrev12m(), f.profitToDate(), fut, f.profitToDate().add(fut),
                    matrix.quadrant(f.profit12m(), fut),
                    rated ? collectionShare(f.paidInWindow(), f.amountInWindow()) : null,
                    rated ? f.longestTermDays() : null, rating, computed, stage, override != null));
        }
        return new Result(scores, figures(all, n, matrix));
    }

    private CompanyFigures figures(List<CustomerFacts> all, int withOrders, ValueMatrix matrix) {
        long activeAtStart = all.stream().filter(f -> f.ordersChurnBaseYear() > 0).count();
        long activeAtEnd = all.stream().filter(f -> f.ordersLast12m() > 0).count();
        long churned = all.stream().filter(f -> f.ordersChurnBaseYear() > 0 && f.ordersLast12m() == 0).count();
        BigDecimal activeProfit = all.stream().filter(f -> f.ordersLast12m() > 0).map(CustomerFacts::profit12m)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal revenue = all.stream().map(CustomerFacts::revenue12m).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal profit = all.stream().map(CustomerFacts::profit12m).reduce(BigDecimal.ZERO, BigDecimal::add);
        return CompanyFiguresCalculation.figures(0, dates.analysisDate(), settings, all.size(), withOrders,
                activeAtStart, activeAtEnd, churned, activeProfit, revenue, profit, matrix);
    }

    static BigDecimal collectionShare(BigDecimal paid, BigDecimal amount) {
        // the SQL run divides to 32 places (div_precision_increment 30) before rounding for display
        return amount.signum() == 0 ? BigDecimal.ONE.setScale(4)
                : paid.divide(amount, 32, RoundingMode.HALF_UP).setScale(4, RoundingMode.HALF_UP);
    }

    private static Map<Long, Integer> ranks(List<CustomerFacts> facts, Comparator<CustomerFacts> order) {
        List<CustomerFacts> sorted = facts.stream().sorted(order.thenComparingLong(CustomerFacts::customerId)).toList();
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i).customerId(), i + 1);
        }
        return ranks;
    }

    static final MathContext PRECISION = MathContext.DECIMAL128;
}
