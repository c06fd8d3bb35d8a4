package com.idic.crm.segmentation;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.importing.ImportKind;
import com.idic.crm.importing.ImportProgress;
import com.idic.crm.importing.ImportResult;
import com.idic.crm.importing.ImportService;
import com.idic.crm.segmentation.domain.OrderFact;
import com.idic.crm.segmentation.domain.ReferenceSegmentation;
import com.idic.crm.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based SQL run and the plain-Java rules agree customer by customer and column by column, on
 * generated data full of edge cases: orders exactly on and next to every window boundary (A - 1 month
 * landing on a leap day, month ends), window totals exactly on each M boundary, F exactly on each
 * boundary, ties in profit and revenue, customers without orders or with orders only after A, unpaid,
 * partly and late paid orders, Pp = 0, negative profit, zero amounts, and manual stages.
 */
@SpringBootTest(properties = TestDatabase.OWN_DATABASE + "=agreement")
@ActiveProfiles("test")
@WithMockUser(username = "max", roles = "MANAGER")
class SqlJavaAgreementTest {

    static final List<LocalDate> ANALYSIS_DATES = List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 2, 29),
            LocalDate.of(2023, 3, 31), LocalDate.of(2024, 8, 31));
    static final List<String> AMOUNTS = List.of("0.00", "0.01", "100.00", "250.00", "499.99", "500.00", "500.01",
            "1000.00", "1000.01", "2999.99", "3000.00", "3000.01", "5000.00", "5000.01", "12000.00");
    private static boolean loaded;

    @Autowired
    ImportService imports;
    @Autowired
    SegmentationService service;
    @Autowired
    SegmentationResults results;
    @Autowired
    SegmentationSettingsService settings;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void edgeCaseData() throws IOException {
        if (!loaded) {
            load(new EdgeCases(20260405).generate());
            loaded = true;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-31", "2024-02-29", "2023-03-31", "2024-08-31"})
    void sqlAndJavaAgreeOnEveryCustomerAndColumn(String date) {
        assertAgreement(LocalDate.parse(date));
    }

    @Test
    void theyAgreeUnderOtherSettingsToo() {
        SegmentationSettings d = SegmentationSettings.defaults();
        SegmentationSettings other = new SegmentationSettings(
                new SegmentationSettings.Rfm(2, 4, 7, 13, 3, 5, 8, 12, new BigDecimal("250.00"),
                        new BigDecimal("500.00"), new BigDecimal("2500.00"), new BigDecimal("4999.99")),
                new SegmentationSettings.Pyramid(new BigDecimal("0.03"), new BigDecimal("0.10"), new BigDecimal("0.33")),
                new SegmentationSettings.Abc(new BigDecimal("0.5"), new BigDecimal("0.9")),
                new SegmentationSettings.Clv(new BigDecimal("0.07"), 7, new BigDecimal("0.1"), new BigDecimal("0.33"),
                        new BigDecimal("0.5"), new BigDecimal("0.8"), new BigDecimal("0.99"), 15),
                new SegmentationSettings.Credit(new BigDecimal("0.95"), new BigDecimal("0.5"), new BigDecimal("0.25"),
                        new BigDecimal("0.1"), 30, 60, 90, 120),
                new SegmentationSettings.Lifecycle(18, 3, 9, new BigDecimal("0.95"), new BigDecimal("1.25")),
                LocalTime.of(1, 0));
        long version = settings.save(other, settings.current().version()).version();
        try {
            assertAgreement(LocalDate.of(2024, 3, 31));
        } finally {
            settings.save(d, version);
        }
    }

    private void assertAgreement(LocalDate a) {
        SegmentationRun run = service.runNow(a, RunProgress.NONE);
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);

        ReferenceSegmentation.Result java = new ReferenceSegmentation(run.settings(), a)
                .score(customers(), orders(), overrides());
        List<CustomerScore> sql = results.page(ScoreFilter.all().inRun(run.id()), ScoreSort.PROFIT_RANK, true, 0, 100_000);

        assertThat(sql).hasSize(java.scores().size());
        List<String> differences = new ArrayList<>();
        for (CustomerScore fromSql : sql) {
            List<Object> expected = columns(java.scores().get(fromSql.customerId()));
            List<Object> actual = columns(fromSql);
            if (!expected.equals(actual)) {
                differences.add("customer " + fromSql.customerId() + " at " + a + ":\n  java " + expected
                        + "\n  sql  " + actual);
            }
        }
        assertThat(differences).isEmpty();
        assertThat(sql).filteredOn(CustomerScore::scored).extracting(CustomerScore::tier).contains(Tier.values());
        CompanyFigures sqlFigures = results.figures(run.id()).orElseThrow();
        assertThat(figures(sqlFigures)).isEqualTo(figures(java.figures()));
    }

    private static List<Object> columns(CustomerScore s) {
        return java.util.Arrays.asList(s.customerId(), s.customerType(), s.firstOrderDate(), s.lastOrderDate(),
                s.recency(), s.frequency(), s.monetary(), s.rfmCode(), s.ordersInWindow(), plain(s.amountInWindow()),
                s.profitRank(), s.tier(), s.revenueRank(), plain(s.revenue12m()), plain(s.revenueAbove()),
                s.abcClass(), plain(s.profit12m()), plain(s.profitPrev12m()), plain(s.clvHistory()),
                plain(s.clvFuture()), plain(s.clvTotal()), s.quadrant(), plain(s.collectionShare()),
                s.longestTermDays(), s.creditRating(), s.computedStage(), s.stage(), s.stageOverridden());
    }

    private static List<Object> figures(CompanyFigures f) {
        return List.of(f.customers(), f.customersWithOrders(), f.activeAtStart(), f.activeAtEnd(), f.churned(),
                plain(f.churnRate()), plain(f.expectedLifetimeYears()), plain(f.averageProfit()), plain(f.groupClv()),
                plain(f.revenue12m()), plain(f.profit12m()), plain(f.medianProfit()), plain(f.medianFutureClv()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private List<ReferenceSegmentation.Customer> customers() {
        return jdbc.query("SELECT id, type FROM customer WHERE merged_into_id IS NULL", (row, i) ->
                new ReferenceSegmentation.Customer(row.getLong(1), CustomerType.valueOf(row.getString(2))));
    }

    private List<OrderFact> orders() {
        return jdbc.query("SELECT customer_id, order_date, amount, cost, paid_amount, paid_date FROM customer_order",
                (row, i) -> new OrderFact(row.getLong(1), row.getObject(2, LocalDate.class), row.getBigDecimal(3),
                        row.getBigDecimal(4), row.getBigDecimal(5), row.getObject(6, LocalDate.class)));
    }

    private Map<Long, LifecycleStage> overrides() {
        Map<Long, LifecycleStage> stages = new HashMap<>();
        jdbc.query("SELECT customer_id, stage FROM lifecycle_override", row -> {
            stages.put(row.getLong(1), LifecycleStage.valueOf(row.getString(2)));
        });
        return stages;
    }

    private void load(EdgeCases.Data data) throws IOException {
        importFile(ImportKind.CUSTOMERS, "customers.csv", data.customers());
        importFile(ImportKind.ORDERS, "orders.csv", data.orders());
        List<Long> ids = jdbc.queryForList("SELECT id FROM customer ORDER BY id LIMIT 3 OFFSET 40", Long.class);
        service.overrideLifecycle(ids.get(0), LifecycleStage.MATURITY, "Key account, buys through a partner");
        service.overrideLifecycle(ids.get(1), LifecycleStage.TERMINATION, "Went out of business");
        service.overrideLifecycle(ids.get(2), LifecycleStage.GROWTH, "New framework contract");
    }

    private void importFile(ImportKind kind, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines);
        ImportResult result = imports.importFile(kind, file, name, ImportProgress.NONE);
        assertThat(result.succeeded()).as(result.toString()).isTrue();
    }

    /** The generated customers and orders, as import files. */
    static final class EdgeCases {

        record Data(List<String> customers, List<String> orders) {
        }

        private final Random random;
        private final List<String> customers = new ArrayList<>();
        private final List<String> orders = new ArrayList<>();
        private final List<LocalDate> dates;
        private int orderNumber;

        EdgeCases(long seed) {
            this.random = new Random(seed);
            Set<LocalDate> boundaries = new LinkedHashSet<>();
            for (LocalDate a : ANALYSIS_DATES) {
                for (int months : new int[]{0, 1, 3, 6, 9, 12, 13, 18, 24, 36}) {
                    LocalDate boundary = a.minusMonths(months);
                    boundaries.add(boundary.minusDays(1));
                    boundaries.add(boundary);
                    boundaries.add(boundary.plusDays(1));
                }
            }
            boundaries.add(LocalDate.of(2024, 2, 29));
            boundaries.add(LocalDate.of(2023, 2, 28));
            boundaries.add(LocalDate.of(2025, 1, 15));
            this.dates = List.copyOf(boundaries);
        }

        Data generate() {
            customers.add("external_id,type,name");
            orders.add("external_id,customer_external_id,order_date,amount,cost,paid_amount,paid_date");
            LocalDate a = ANALYSIS_DATES.get(0);
            // F exactly on and next to each boundary
            for (int n : new int[]{1, 2, 5, 6, 10, 11, 23, 24, 25}) {
                String c = customer(n % 2 == 0);
                for (int k = 0; k < n; k++) {
                    order(c, a.minusDays(5 + k), new BigDecimal("10.00"), new BigDecimal("7.00"), "full");
                }
            }
            // the 24-month total exactly on each M boundary (two orders adding up)
            for (String total : AMOUNTS) {
                String c = customer(true);
                BigDecimal half = new BigDecimal(total).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                order(c, a.minusMonths(2), half, half.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP), "full");
                order(c, a.minusMonths(20), new BigDecimal(total).subtract(half), BigDecimal.ZERO, "late");
            }
            // ties in profit and in revenue: identical order histories
            for (int group = 0; group < 6; group++) {
                List<Object[]> history = randomHistory(1 + random.nextInt(6));
                for (int copy = 0; copy < 3; copy++) {
                    String c = customer(random.nextBoolean());
                    for (Object[] o : history) {
                        order(c, (LocalDate) o[0], (BigDecimal) o[1], (BigDecimal) o[2], (String) o[3]);
                    }
                }
            }
            // no orders at all; only orders after every analysis date
            for (int i = 0; i < 15; i++) {
                customer(i % 2 == 0);
            }
            for (int i = 0; i < 5; i++) {
                order(customer(true), LocalDate.of(2025, 1, 15), new BigDecimal("800.00"), new BigDecimal("100.00"), "full");
            }
            // Pp = 0 with P > 0; negative profit; P = 0 with Pp > 0
            order(customer(false), a.minusMonths(1), new BigDecimal("900.00"), new BigDecimal("100.00"), "full");
            order(customer(true), a.minusMonths(4), new BigDecimal("900.00"), new BigDecimal("1300.00"), "none");
            String flat = customer(false);
            order(flat, a.minusMonths(15), new BigDecimal("900.00"), new BigDecimal("400.00"), "full");
            order(flat, a.minusMonths(2), new BigDecimal("400.00"), new BigDecimal("400.00"), "full");
            // everything else: random histories over the boundary dates and amounts
            for (int i = 0; i < 260; i++) {
                String c = customer(random.nextInt(3) == 0);
                for (Object[] o : randomHistory(random.nextInt(32))) {
                    order(c, (LocalDate) o[0], (BigDecimal) o[1], (BigDecimal) o[2], (String) o[3]);
                }
            }
            return new Data(customers, orders);
        }

        private List<Object[]> randomHistory(int count) {
            List<Object[]> history = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                LocalDate date = random.nextInt(3) == 0
                        ? LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500)) : dates.get(random.nextInt(dates.size()));
                BigDecimal amount = random.nextInt(2) == 0 ? new BigDecimal(AMOUNTS.get(random.nextInt(AMOUNTS.size())))
                        : BigDecimal.valueOf(random.nextInt(900_000), 2);
                BigDecimal cost = amount.multiply(BigDecimal.valueOf(random.nextInt(13), 1)).setScale(2, RoundingMode.HALF_UP);
                history.add(new Object[]{date, amount, cost, List.of("full", "half", "none", "late", "after").get(random.nextInt(5))});
            }
            return history;
        }

        private String customer(boolean organization) {
            String id = "EC" + (customers.size() + 1000);
            customers.add(id + "," + (organization ? "ORGANIZATION" : "INDIVIDUAL") + ",Edge case " + id);
            return id;
        }

        private void order(String customer, LocalDate date, BigDecimal amount, BigDecimal cost, String payment) {
            int[] terms = {0, 45, 46, 75, 76, 105, 106, 255, 256, 400};
            LocalDate paidDate = date.plusDays(terms[random.nextInt(terms.length)]);
            BigDecimal paid = switch (payment) {
                case "full", "late" -> amount;
                case "half" -> amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
                default -> null;
            };
            if ("late".equals(payment)) {
                paidDate = date.plusDays(300);
            } else if ("after".equals(payment)) {
                paid = amount;
                paidDate = LocalDate.of(2025, 6, 1);
            }
            orders.add("EO" + (++orderNumber) + "," + customer + "," + date + "," + amount.toPlainString() + ","
                    + cost.toPlainString() + "," + (paid == null ? "" : paid.toPlainString()) + ","
                    + (paid == null ? "" : paidDate.toString()));
        }
    }
}
