package com.idic.crm.complaint;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.idic.crm.complaint.domain.SlaFigureQueries;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.Tier;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What managers watch: SLA compliance, the age of open complaints, and the valuable customers who complain repeatedly. */
@Service
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class ComplaintReports {

    public static final int REPEAT_MINIMUM = 2;

    private final SlaFigureQueries figures;
    private final SegmentationResults segmentation;
    private final Clock clock;

    ComplaintReports(SlaFigureQueries figures, SegmentationResults segmentation, Clock clock) {
        this.figures = figures;
        this.segmentation = segmentation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SlaFigures slaFigures() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDateTime yearAgo = now.minusMonths(12).withDayOfMonth(1).toLocalDate().atStartOfDay();
        return new SlaFigures(figures.compliance("DATE_FORMAT(c.resolved_at, '%Y-%m')", yearAgo),
                figures.compliance("c.priority", yearAgo), figures.compliance("COALESCE(c.value_tier, 'NONE')", yearAgo),
                figures.openByAge(now));
    }

    /**
     * Customers now in the top two value tiers (platinum, gold; latest segmentation run) with at least two
     * complaints judged valid in the last 12 months, most complaints first.
     */
    @Transactional(readOnly = true)
    public List<RepeatComplainer> repeatComplainers() {
        LocalDateTime yearAgo = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(12);
        return figures.customersWithValidComplaints(yearAgo, REPEAT_MINIMUM).stream()
                .flatMap(c -> topTier(c.customerId()).stream().map(tier -> new RepeatComplainer(c.customerId(), c.name(), tier,
                        c.valid(), c.last().toInstant(ZoneOffset.UTC), c.satisfaction())))
                .toList();
    }

    private Optional<Tier> topTier(long customerId) {
        return segmentation.latestScoreOf(customerId).map(CustomerScore::tier)
                .filter(tier -> tier == Tier.PLATINUM || tier == Tier.GOLD);
    }
}
