package com.idic.crm.complaint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.idic.crm.complaint.domain.Complaint;
import com.idic.crm.complaint.domain.ComplaintCategoryRepository;
import com.idic.crm.complaint.domain.ComplaintHistoryEntry;
import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintProcess;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaPolicy;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.Tier;
import com.idic.crm.security.SystemAuthentication;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo company a year of complaints on first start, after the demo customers and the first
 * segmentation run (so the value tiers are known): every state, late ones that breached their SLA, reopened
 * ones, unhappy follow-ups, and a few platinum and gold customers who complained repeatedly. Each complaint
 * goes through the same workflow and SLA rules as a real one, at made-up past instants.
 */
@Component
@ConditionalOnProperty(name = "crm.demo-data.enabled", havingValue = "true")
class DemoComplaints {

    static final int COMPLAINTS = 160;
    private static final List<ComplaintStatus> OPEN_EXAMPLES = List.of(ComplaintStatus.RECEIVED, ComplaintStatus.RECORDED,
            ComplaintStatus.VALID, ComplaintStatus.WAITING_ON_CUSTOMER, ComplaintStatus.SOLUTION_PROPOSED,
            ComplaintStatus.SOLUTION_ACCEPTED, ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP);
    private static final String DEMO_EXTERNAL_IDS = "DEMO-C%";
    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

    private final ComplaintRepository complaints;
    private final ComplaintHistoryRepository history;
    private final ComplaintCategoryRepository categories;
    private final SlaPolicyRepository policies;
    private final SegmentationResults segmentation;
    private final ClosedLoop closedLoop;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoComplaints(ComplaintRepository complaints, ComplaintHistoryRepository history, ComplaintCategoryRepository categories,
                   SlaPolicyRepository policies, SegmentationResults segmentation, ClosedLoop closedLoop, JdbcClient jdbc,
                   PlatformTransactionManager transactions, Clock clock) {
        this.complaints = complaints;
        this.history = history;
        this.categories = categories;
        this.policies = policies;
        this.segmentation = segmentation;
        this.closedLoop = closedLoop;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private record DemoCustomer(long id, String name, Tier tier) {
        boolean english() {
            return name.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(300)
    @PermitAll // started by the application itself, with nobody logged in: the work runs as SystemAuthentication
    public void addIfNone() {
        boolean any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM complaint)").query(Boolean.class).single();
        List<Long> ids = jdbc.sql("SELECT id FROM customer WHERE external_id LIKE :prefix AND merged_into_id IS NULL ORDER BY id LIMIT 400")
                .param("prefix", DEMO_EXTERNAL_IDS).query(Long.class).list();
        if (any || ids.isEmpty()) {
            return;
        }
        int written = SystemAuthentication.call(() -> transaction.execute(status -> write(ids)));
        log.info("Demo complaints added: {}", written);
    }

    private int write(List<Long> ids) {
        SplittableRandom random = new SplittableRandom(20261205);
        List<DemoCustomer> customers = jdbc.sql("SELECT id, name FROM customer WHERE id IN (:ids) ORDER BY id").param("ids", ids)
                .query((rs, n) -> new DemoCustomer(rs.getLong(1), rs.getString(2), tierOf(rs.getLong(1)))).list();
        List<DemoCustomer> valuable = customers.stream().filter(c -> c.tier() == Tier.PLATINUM || c.tier() == Tier.GOLD).limit(6).toList();
        List<Long> categoryIds = categories.findAllByOrderByPositionAscIdAsc().stream().map(c -> c.getId()).toList();
        SlaPolicy policy = policies.findById(SlaPolicy.ID).orElseThrow();
        Instant now = clock.instant();
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            boolean repeat = i < valuable.size() * 3;
            DemoCustomer customer = repeat ? valuable.get(i % valuable.size()) : customers.get(random.nextInt(customers.size()));
            // every tenth complaint is recent and stops in one of the open states, so each state has examples
            ComplaintStatus stopAt = !repeat && i % 10 == 0 ? OPEN_EXAMPLES.get(i / 10 % OPEN_EXAMPLES.size()) : null;
            int ageDays = repeat ? 10 + random.nextInt(330)
                    : stopAt == ComplaintStatus.FOLLOWED_UP ? 9 + random.nextInt(4) // the follow-up comes days after the resolution
                    : stopAt != null ? 1 + random.nextInt(3) : random.nextInt(400);
            Instant received = now.minus(Duration.ofDays(ageDays)).minus(Duration.ofMinutes(random.nextInt(600)));
            written.add(complaint(random, customer, received, now, policy, categoryIds, repeat, stopAt, written));
        }
        // call-backs older than a week were made long ago; the newer ones are today's work
        jdbc.sql("UPDATE complaint_callback_task SET done_at = due_on + INTERVAL 10 HOUR WHERE due_on < :weekAgo")
                .param("weekAgo", java.time.LocalDate.ofInstant(now, java.time.ZoneId.systemDefault()).minusDays(7)).update();
        return written.size();
    }

    private long complaint(SplittableRandom random, DemoCustomer customer, Instant received, Instant now, SlaPolicy policy,
                           List<Long> categoryIds, boolean repeat, ComplaintStatus stopAt, List<Long> earlier) {
        DemoComplaintTexts.Kind kind = DemoComplaintTexts.KINDS.get(random.nextInt(DemoComplaintTexts.KINDS.size()));
        boolean en = customer.english();
        ComplaintPriority priority = ComplaintPriority.values()[weighted(random, 2, 5, 2, 1)];
        ComplaintChannel channel = ComplaintChannel.values()[random.nextInt(ComplaintChannel.values().length)];
        String taker = random.nextInt(4) == 0 ? "manager" : "desk";
        Complaint complaint = new Complaint(customer.id(), en ? kind.subjectEn() : kind.subjectZh(),
                en ? kind.descriptionEn() : kind.descriptionZh(), channel, priority, received, taker);
        complaint.assignTier(customer.tier());
        new ComplaintProcess(policy, received, taker).receive(complaint);
        complaints.saveAndFlush(complaint);
        List<ComplaintHistoryEntry> lines = new ArrayList<>();
        lines.add(new ComplaintProcess(policy, received, taker).created(complaint));
        // a quarter of the complaints are handled slowly, so their SLA is breached
        boolean slow = random.nextInt(4) == 0;
        Walk walk = new Walk(complaint, policy, received, now, slow && stopAt == null, random, lines, taker, stopAt);
        long ageHours = Duration.between(received, now).toHours();
        int stepsWanted = stopAt != null ? 99 : ageHours < 6 ? random.nextInt(2) : ageHours < 72 ? 1 + random.nextInt(5) : 99;
        if (random.nextInt(4) != 0 || ageHours > 72) {
            walk.assign(random.nextInt(3) == 0 ? "manager" : "desk");
        }
        if (stepsWanted-- > 0 && walk.step(new ComplaintStep.Record(categoryIds.get(kind.category() - 1), "SO-" + (20000 + random.nextInt(9000)),
                en ? kind.wantsEn() : kind.wantsZh(), ComplaintSeverity.values()[random.nextInt(3)]))) {
            if (stopAt != null) {
                solve(walk, kind, en, stepsWanted, random, stopAt == ComplaintStatus.WAITING_ON_CUSTOMER);
            } else if (!repeat && !earlier.isEmpty() && random.nextInt(25) == 0) {
                walk.step(new ComplaintStep.MarkDuplicate(earlier.get(earlier.size() - 1)));
            } else if (!repeat && random.nextInt(7) == 0) {
                List<String> reasons = en ? DemoComplaintTexts.INVALID_EN : DemoComplaintTexts.INVALID_ZH;
                if (stepsWanted-- > 0) {
                    walk.step(new ComplaintStep.JudgeInvalid(reasons.get(random.nextInt(reasons.size()))));
                }
            } else {
                solve(walk, kind, en, stepsWanted, random, false);
            }
        }
        if (stopAt != null && complaint.getStatus().isOpen() && complaint.getStatus() != ComplaintStatus.WAITING_ON_CUSTOMER
                && complaint.getAssignee() != null && random.nextInt(3) == 0) {
            walk.agreeDue(en ? "Customer agreed to wait for the replacement part" : "客户同意等待更换零件");
        }
        Complaint saved = complaints.saveAndFlush(complaint);
        history.saveAll(lines);
        if (saved.getSatisfaction() != null) {
            closedLoop.followedUp(saved, saved.getSatisfaction(), saved.getClosedAt() == null ? now : saved.getClosedAt());
        }
        return saved.getId();
    }

    private void solve(Walk walk, DemoComplaintTexts.Kind kind, boolean en, int stepsWanted, SplittableRandom random,
                       boolean waitHere) {
        List<ComplaintStep> steps = new ArrayList<>();
        steps.add(new ComplaintStep.JudgeValid(null));
        if (waitHere) {
            steps.add(new ComplaintStep.WaitForCustomer(en ? "Asked for photos and the delivery note" : "请客户提供照片和签收单"));
        } else if (random.nextInt(5) == 0) {
            steps.add(new ComplaintStep.WaitForCustomer(en ? "Asked for photos and the delivery note" : "请客户提供照片和签收单"));
            steps.add(new ComplaintStep.CustomerReplied(en ? "Photos received" : "已收到照片"));
        }
        steps.add(new ComplaintStep.ProposeSolution(kind.remedy(), kind.amount() == null ? null : new BigDecimal(kind.amount()), null));
        if (random.nextInt(6) == 0) {
            steps.add(new ComplaintStep.CustomerDeclines(en ? "Wants a full refund instead" : "客户要求全额退款"));
            steps.add(new ComplaintStep.ProposeSolution(RemedyType.REFUND, new BigDecimal(200 + random.nextInt(20) * 50), null));
        }
        steps.add(new ComplaintStep.CustomerAccepts(null));
        steps.add(new ComplaintStep.Resolve(null));
        boolean reopen = random.nextInt(10) == 0;
        if (reopen) {
            steps.add(new ComplaintStep.Reopen(en ? "The problem came back after a week" : "一周后问题再次出现"));
            steps.add(new ComplaintStep.ProposeSolution(RemedyType.REPLACEMENT, null, null));
            steps.add(new ComplaintStep.CustomerAccepts(null));
            steps.add(new ComplaintStep.Resolve(null));
        }
        int satisfaction = 1 + weighted(random, 1, 1, 2, 4, 5);
        List<String> comments = en ? DemoComplaintTexts.FOLLOW_UP_EN : DemoComplaintTexts.FOLLOW_UP_ZH;
        steps.add(new ComplaintStep.FollowUp(satisfaction, comments.get(satisfaction >= 4 ? random.nextInt(3) : 3 + random.nextInt(2))));
        steps.add(new ComplaintStep.Close(null));
        for (ComplaintStep step : steps) {
            if (stepsWanted-- <= 0 || !walk.step(step)) {
                return;
            }
        }
    }

    private static int weighted(SplittableRandom random, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private Tier tierOf(long customerId) {
        return segmentation.latestScoreOf(customerId).map(CustomerScore::tier).orElse(null);
    }

    /** Takes steps at increasing past instants; stops before the present. */
    private static final class Walk {
        private final Complaint complaint;
        private final SlaPolicy policy;
        private final Instant now;
        private final boolean slow;
        private final SplittableRandom random;
        private final List<ComplaintHistoryEntry> lines;
        private final ComplaintStatus stopAt;
        private Instant at;
        private String user;

        Walk(Complaint complaint, SlaPolicy policy, Instant received, Instant now, boolean slow, SplittableRandom random,
             List<ComplaintHistoryEntry> lines, String user, ComplaintStatus stopAt) {
            this.stopAt = stopAt;
            this.complaint = complaint;
            this.policy = policy;
            this.now = now;
            this.slow = slow;
            this.random = random;
            this.lines = lines;
            this.at = received;
            this.user = user;
        }

        void assign(String assignee) {
            at = at.plus(Duration.ofMinutes(5 + random.nextInt(40)));
            user = assignee;
            lines.addAll(new ComplaintProcess(policy, at, assignee).assign(complaint, assignee));
        }

        /** A few minutes after the last step the assignee gives the resolution two days more, as agreed with the customer. */
        void agreeDue(String reason) {
            Instant next = at.plus(Duration.ofMinutes(10));
            Instant due = complaint.resolutionClock(policy).due();
            if (next.isBefore(now) && due != null && due.isAfter(now)) {
                due = due.plus(Duration.ofDays(2));
                at = next;
                lines.addAll(new ComplaintProcess(policy, at, user).overrideDue(complaint, new DueOverride(null, due, reason)));
            }
        }

        boolean step(ComplaintStep step) {
            if (complaint.getStatus() == stopAt) {
                return false;
            }
            boolean firstResponse = complaint.getFirstResponseAt() == null;
            long minutes = firstResponse ? (slow ? 60 + random.nextInt(600) : 5 + random.nextInt(40))
                    : slow ? 300 + random.nextInt(2400) : 20 + random.nextInt(300);
            if (step instanceof ComplaintStep.Reopen || step instanceof ComplaintStep.FollowUp) {
                minutes += 60L * 24 * (2 + random.nextInt(5));
            }
            Instant next = at.plus(Duration.ofMinutes(minutes));
            if (next.isAfter(now)) {
                return false;
            }
            at = next;
            lines.addAll(new ComplaintProcess(policy, at, user).perform(complaint, step));
            return true;
        }
    }
}
