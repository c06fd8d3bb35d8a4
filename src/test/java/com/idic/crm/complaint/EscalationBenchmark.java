package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.notification.NotificationService;
import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement anyone can run ({@code ./mvnw -B test -Pbenchmark -Dtest=EscalationBenchmark}): fills a database of its
 * own with {@code benchmark.openComplaints} (default 100,000) open complaints on track, then times one escalation pass
 * with nothing due, and one with {@code benchmark.dueComplaints} (default 1,000) of them breached (each escalated,
 * written to the history and notified). For comparison it times what the pass used to do first: read every running
 * complaint as an entity. Asserts only that the passes did what they should.
 */
@Tag("benchmark")
@SpringBootTest(properties = TestDatabase.OWN_DATABASE + "=escalationbenchmark")
@ActiveProfiles("test")
class EscalationBenchmark {

    private static final int OPEN = Integer.getInteger("benchmark.openComplaints", 100_000);
    private static final int DUE = Integer.getInteger("benchmark.dueComplaints", 1_000);
    private static final int RUNS = 5;
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final long FIRST_ID = 500_000_000L;

    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintHistoryRepository history;
    @Autowired SlaPolicyRepository policies;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NotificationService notifications;

    @Test
    void onePassReadsOnlyTheComplaintsNearTheirDueDate() {
        fill();
        ComplaintEscalation job = new ComplaintEscalation(complaints, history, policies, jdbc, transactions, notifications,
                Clock.fixed(NOW, ZoneOffset.UTC), true);

        long[] quiet = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            ComplaintEscalation.Outcome outcome = SystemAuthentication.call(job::runOnce);
            quiet[i] = System.nanoTime() - start;
            assertThat(outcome).isEqualTo(new ComplaintEscalation.Outcome(0, 0));
        }
        print("pass, nothing due", OPEN + " open complaints", quiet);
        jdbcTemplate.queryForList("EXPLAIN SELECT id FROM complaint WHERE sla_check_at <= ? AND status NOT IN"
                + " ('INVALID', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED', 'DUPLICATE') AND status <> 'WAITING_ON_CUSTOMER'", ts(NOW))
                .forEach(plan -> System.out.printf("BENCHMARK escalation | plan of the selection | type %s, key %s, rows %s%n",
                        plan.get("type"), plan.get("key"), plan.get("rows")));

        long[] readAll = new long[RUNS];
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            int read = readOnly.execute(status -> complaints.findOpen(ComplaintStatus.FINISHED.stream().toList()).size());
            readAll[i] = System.nanoTime() - start;
            assertThat(read).isEqualTo(OPEN);
        }
        print("read every open complaint (what the old pass did first)", OPEN + " open complaints", readAll);

        breach(DUE);
        long start = System.nanoTime();
        ComplaintEscalation.Outcome outcome = SystemAuthentication.call(job::runOnce);
        long[] due = {System.nanoTime() - start};
        assertThat(outcome.escalated()).isEqualTo(DUE);
        print("pass with " + DUE + " breached (escalate, history, notify)", OPEN + " open complaints", due);

        long[] after = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long begin = System.nanoTime();
            assertThat(SystemAuthentication.call(job::runOnce)).isEqualTo(new ComplaintEscalation.Outcome(0, 0));
            after[i] = System.nanoTime() - begin;
        }
        print("pass after the escalations, nothing new due", OPEN + " open complaints", after);
    }

    /** Open complaints, first response given, resolution on track: received an hour ago, NORMAL (72 h, warning at 57.6 h). */
    private void fill() {
        jdbcTemplate.update("DELETE FROM complaint WHERE id >= ?", FIRST_ID);
        Instant received = NOW.minus(Duration.ofHours(1));
        String sql = """
                INSERT INTO complaint (id, version, customer_id, subject, description, channel, priority, priority_rank,
                  sla_priority, status, received_at, first_response_due, first_response_at, first_response_sla, resolution_due,
                  sla_check_at, resolution_sla, escalated, reopen_count, created_by)
                VALUES (?, 0, ?, 'Benchmark', 'Benchmark complaint', 'PHONE', 'NORMAL', 2, 'NORMAL', 'VALID', ?, ?, ?, 'MET', ?, ?,
                  'ONGOING', FALSE, 0, 'benchmark')""";
        long start = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < OPEN; i++) {
            batch.add(new Object[]{FIRST_ID + i, 1L + i % 5000, ts(received), ts(received.plus(Duration.ofHours(8))),
                    ts(received.plus(Duration.ofMinutes(30))), ts(received.plus(Duration.ofHours(72))),
                    ts(received.plus(Duration.ofMinutes(72 * 60 * 8 / 10)))});
            if (batch.size() == 5000) {
                jdbcTemplate.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        jdbcTemplate.batchUpdate(sql, batch);
        System.out.printf("BENCHMARK escalation | fill | %,d open complaints | %.1f s%n", OPEN, (System.nanoTime() - start) / 1e9);
    }

    /** Moves {@code count} complaints (spread over the table) to received 100 h ago, as the due dates would say. */
    private void breach(int count) {
        Instant received = NOW.minus(Duration.ofHours(100));
        int step = OPEN / count;
        for (int i = 0; i < count; i++) {
            jdbcTemplate.update("UPDATE complaint SET received_at = ?, resolution_due = ?, sla_check_at = ? WHERE id = ?",
                    ts(received), ts(received.plus(Duration.ofHours(72))), ts(received.plus(Duration.ofMinutes(72 * 60 * 8 / 10))),
                    FIRST_ID + (long) i * step);
        }
    }

    /** As Hibernate stores instants: UTC wall time. */
    private static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void print(String what, String size, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCHMARK escalation | %s | %s | median %.1f ms (min %.1f, max %.1f, %d runs)%n", what, size,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
