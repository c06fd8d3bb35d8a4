package com.idic.crm.report;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.segmentation.RunProgress;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.support.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement anyone can run (README, "Benchmarks"):
 * {@code ./mvnw -B test -Pbenchmark -Dtest=SegmentationReportBenchmark -DargLine=-Xmx256m}.
 * On a database kept between runs ({@code crm_kept_reportbenchmark}) it makes once {@code benchmark.reportRows}
 * customers (default 1,000,000) and a segmentation run whose score rows are then given synthetic scores
 * (every 50th customer stays unscored), derived from the customer id by formulas the bare loop below
 * repeats in Java. It then writes the segmentation workbook (its "Customers" sheet has a row per customer)
 * and, for comparison, a bare POI SXSSF loop writing the same cells, and prints rows/s, peak heap, both
 * times and their ratio, and the temporary files left behind.
 */
@Tag("benchmark")
@SpringBootTest(properties = TestDatabase.KEPT_DATABASE + "=crm_kept_reportbenchmark")
@ActiveProfiles("test")
@WithMockUser(username = "benchmark", roles = "MANAGER")
class SegmentationReportBenchmark {

    static final List<String> REGIONS = List.of("上海", "北京", "广州", "深圳", "杭州", "成都", "武汉", "南京");
    static final LocalDate ANALYSIS_DATE = LocalDate.of(2026, 6, 30);
    private static final int STEP = 100_000;

    @Autowired SegmentationService runs;
    @Autowired SegmentationReport report;
    @Autowired JdbcTemplate jdbc;
    @Autowired CrmI18NProvider i18n;

    @TempDir
    Path dir;

    @Test
    void writesTheMillionRowCustomersSheetAgainstABarePoiLoop() throws IOException {
        int rows = Integer.getInteger("benchmark.reportRows", 1_000_000);
        System.out.printf(Locale.ROOT, "BENCHMARK machine: %d cores, max heap %d MB, load average %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        long runId = scoredRun(rows);

        Path reportTemp = Files.createDirectories(dir.resolve("poi-report"));
        Path reportFile = dir.resolve("report.xlsx");
        resetPeakHeap();
        long started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(reportFile)) {
            report.write(new SegmentationReportParameters(runId, null, null), new ReportLabels(i18n, Locale.ENGLISH),
                    "benchmark", ReportProgress.NONE, out, reportTemp);
        }
        double reportSeconds = (System.nanoTime() - started) / 1e9;
        long reportHeap = peakHeapMb();
        System.out.printf(Locale.ROOT, "BENCHMARK segmentation workbook: %,d rows in %.1f s (%,.0f rows/s), file %,d MB,"
                        + " peak heap %d MB, temporary files left %d (load average %s)%n", rows, reportSeconds,
                rows / reportSeconds, Files.size(reportFile) >> 20, reportHeap, fileCount(reportTemp), loadAverage());

        Path bareTemp = Files.createDirectories(dir.resolve("poi-bare"));
        Path bareFile = dir.resolve("bare.xlsx");
        resetPeakHeap();
        started = System.nanoTime();
        bareLoop(rows, bareFile, bareTemp);
        double bareSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK bare SXSSF loop, same cells: %,d rows in %.1f s (%,.0f rows/s), file %,d MB,"
                        + " peak heap %d MB, temporary files left %d (load average %s)%n", rows, bareSeconds,
                rows / bareSeconds, Files.size(bareFile) >> 20, peakHeapMb(), fileCount(bareTemp), loadAverage());
        System.out.printf(Locale.ROOT, "BENCHMARK ratio workbook / bare loop: %.2f x (goal <= 1.3 x and <= 25 s)%n",
                reportSeconds / bareSeconds);
        assertThat(fileCount(reportTemp)).isZero();
    }

    /** The run of a previous benchmark if it has the rows, else customers, a run and synthetic scores made now. */
    private long scoredRun(int rows) {
        List<Long> kept = jdbc.queryForList("SELECT id FROM segmentation_run WHERE status = 'SUCCEEDED' AND scores_kept"
                + " AND customers_scored = ? ORDER BY id DESC", Long.class, rows);
        if (!kept.isEmpty() && jdbc.queryForObject("SELECT COUNT(*) FROM segmentation_score_" + kept.get(0)
                + " WHERE recency IS NOT NULL", Long.class) > 0) {
            System.out.printf(Locale.ROOT, "BENCHMARK reusing run %d of the kept database%n", kept.get(0));
            return kept.get(0);
        }
        long started = System.nanoTime();
        jdbc.execute("DELETE FROM customer WHERE id > " + rows);
        long have = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
        for (long from = have + 1; from <= rows; from += STEP) {
            long to = Math.min(rows, from + STEP - 1);
            jdbc.execute("INSERT INTO customer (id, version, external_id, type, name, name_key, region, relationship_type,"
                    + " stage, created_on) SELECT seq, 0, CONCAT('RB', LPAD(seq, 8, '0')),"
                    + " IF(seq % 4 = 0, 'ORGANIZATION', 'INDIVIDUAL'), CONCAT('Benchmark customer ', seq),"
                    + " CONCAT('benchmarkcustomer', seq), ELT(1 + seq % 8, '" + String.join("', '", REGIONS) + "'),"
                    + " 'GENERAL_CONSUMER', 'POTENTIAL', DATE'2020-01-01' FROM seq_" + from + "_to_" + to);
        }
        SegmentationRun run = runs.runNow(ANALYSIS_DATE, RunProgress.NONE);
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        for (long from = 1; from <= rows; from += STEP) {
            jdbc.execute("UPDATE segmentation_score_" + run.id() + " SET"
                    + " recency = 1 + customer_id % 5, frequency = 1 + (customer_id DIV 5) % 5,"
                    + " monetary = 1 + (customer_id DIV 25) % 5,"
                    + " rfm_code = CONCAT(1 + customer_id % 5, 1 + (customer_id DIV 5) % 5, 1 + (customer_id DIV 25) % 5),"
                    + " profit_rank = customer_id, revenue_rank = customer_id,"
                    + " tier = CASE WHEN customer_id % 100 < 1 THEN 'PLATINUM' WHEN customer_id % 100 < 5 THEN 'GOLD'"
                    + " WHEN customer_id % 100 < 20 THEN 'IRON' ELSE 'LEAD' END,"
                    + " abc_class = ELT(1 + customer_id % 3, 'A', 'B', 'C'),"
                    + " profit_12m = (customer_id % 100000) / 100 + 12.34, revenue_12m = (customer_id % 100000) / 100 + 112.34,"
                    + " profit_prev_12m = (customer_id % 70000) / 100, clv_history = (customer_id % 200000) / 100 + 100,"
                    + " clv_future = (customer_id % 300000) / 100,"
                    + " clv_total = (customer_id % 200000) / 100 + 100 + (customer_id % 300000) / 100,"
                    + " quadrant = ELT(1 + customer_id % 4, 'VIP', 'MAINTAIN', 'IMPROVE', 'ABANDON'),"
                    + " credit_rating = IF(customer_id % 4 = 0, ELT(1 + customer_id % 5, 'A', 'B', 'C', 'D', 'NONE'), NULL),"
                    + " computed_stage = ELT(1 + customer_id % 6, 'POTENTIAL', 'ACQUISITION', 'GROWTH', 'MATURITY', 'DECLINE',"
                    + " 'TERMINATION'), stage = ELT(1 + customer_id % 6, 'POTENTIAL', 'ACQUISITION', 'GROWTH', 'MATURITY',"
                    + " 'DECLINE', 'TERMINATION')"
                    + " WHERE customer_id BETWEEN " + from + " AND " + Math.min(rows, from + STEP - 1) + " AND customer_id % 50 <> 0");
        }
        System.out.printf(Locale.ROOT, "BENCHMARK made %,d customers, run %d and synthetic scores in %.1f s%n", rows,
                run.id(), (System.nanoTime() - started) / 1e9);
        return run.id();
    }

    /** POI alone: the same 18 cells per row, same values and formats, no reading, no mapping, no labels looked up. */
    private static void bareLoop(int rows, Path file, Path tempDir) throws IOException {
        TempFile.setThreadLocalTempFileCreationStrategy(new DefaultTempFileCreationStrategy(tempDir.toFile()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, false);
        try {
            DataFormat formats = workbook.createDataFormat();
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(formats.getFormat("#,##0"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(formats.getFormat("[$\u00a5-804]#,##0.00;-[$\u00a5-804]#,##0.00"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            SXSSFSheet sheet = workbook.createSheet("Customers");
            String[] tiers = {"Platinum", "Gold", "Iron", "Lead"};
            String[] abc = {"A", "B", "C"};
            String[] quadrants = {"VIP", "Maintain", "Improve", "Abandon"};
            String[] credit = {"A", "B", "C", "D", "None"};
            String[] stages = {"Potential", "Acquisition", "Growth", "Maturity", "Decline", "Termination"};
            for (int id = 1; id <= rows; id++) {
                Row row = sheet.createRow(id);
                boolean scored = id % 50 != 0;
                boolean organization = id % 4 == 0;
                put(row, 0, "RB" + String.format(Locale.ROOT, "%08d", id), text);
                put(row, 1, "Benchmark customer " + id, text);
                put(row, 2, organization ? "Organization" : "Individual", text);
                put(row, 3, REGIONS.get(id % 8), text);
                if (scored) {
                    int r = 1 + id % 5;
                    int f = 1 + (id / 5) % 5;
                    int m = 1 + (id / 25) % 5;
                    put(row, 4, r, integer);
                    put(row, 5, f, integer);
                    put(row, 6, m, integer);
                    put(row, 7, "" + r + f + m, text);
                    put(row, 8, tiers[id % 100 < 1 ? 0 : id % 100 < 5 ? 1 : id % 100 < 20 ? 2 : 3], text);
                    put(row, 9, abc[id % 3], text);
                    put(row, 10, BigDecimal.valueOf(id % 100000, 2).add(new BigDecimal("12.34")).doubleValue(), money);
                    put(row, 11, BigDecimal.valueOf(id % 70000, 2).doubleValue(), money);
                    BigDecimal history = BigDecimal.valueOf(id % 200000, 2).add(BigDecimal.valueOf(100));
                    BigDecimal future = BigDecimal.valueOf(id % 300000, 2);
                    put(row, 12, history.doubleValue(), money);
                    put(row, 13, future.doubleValue(), money);
                    put(row, 14, history.add(future).doubleValue(), money);
                    put(row, 15, quadrants[id % 4], text);
                    if (organization) {
                        put(row, 16, credit[id % 5], text);
                    }
                }
                put(row, 17, stages[scored ? id % 6 : 0], text);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.dispose();
            workbook.close();
            TempFile.setThreadLocalTempFileCreationStrategy(null);
        }
    }

    private static void put(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void put(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap used at any one time. */
    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static long fileCount(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
