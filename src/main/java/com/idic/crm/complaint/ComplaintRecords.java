package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.idic.crm.complaint.domain.Complaint;
import com.idic.crm.complaint.domain.ComplaintLookups;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.ComplaintSpecifications;
import com.idic.crm.complaint.domain.SlaFigureQueries;
import com.idic.crm.complaint.domain.SlaPolicy;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.SegmentationResults;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Complaints one by one with every field and their SLA verdicts and times, for the managers' workbooks:
 * read in chunks by key (received at, then number), so a million complaints cost the same per chunk at
 * the end as at the start.
 */
@Service
@Validated
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class ComplaintRecords {

    /** Customers listed at most as repeat complainers of a period. */
    public static final int MAX_COMPLAINERS = 1_000;
    private static final Sort ORDER = Sort.by("receivedAt", "id");

    private final ComplaintRepository complaints;
    private final SlaPolicyRepository policies;
    private final ComplaintLookups lookups;
    private final SlaFigureQueries figures;
    private final SegmentationResults segmentation;
    private final Clock clock;

    ComplaintRecords(ComplaintRepository complaints, SlaPolicyRepository policies, ComplaintLookups lookups,
                     SlaFigureQueries figures, SegmentationResults segmentation, Clock clock) {
        this.complaints = complaints;
        this.policies = policies;
        this.lookups = lookups;
        this.figures = figures;
        this.segmentation = segmentation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long count(@NotNull ComplaintReportFilter filter) {
        return complaints.count(ComplaintSpecifications.of(filter));
    }

    /** Up to {@code limit} complaints after {@code last} (null = from the first), oldest received first. */
    @Transactional(readOnly = true)
    public List<ComplaintRecord> chunkAfter(@NotNull ComplaintReportFilter filter, ComplaintRecord last, int limit) {
        Specification<Complaint> rows = ComplaintSpecifications.of(filter);
        if (last != null) {
            rows = rows.and(ComplaintSpecifications.after(ORDER, Map.of("receivedAt", last.receivedAt(), "id", last.id())));
        }
        List<Complaint> found = complaints.findBy(rows, query -> query.sortBy(ORDER).limit(limit).all());
        Instant now = clock.instant();
        SlaPolicy policy = policies.findById(SlaPolicy.ID).orElseThrow();
        Map<Long, String> names = lookups.customerNames(found.stream().map(Complaint::getCustomerId).distinct().toList());
        return found.stream().map(c -> ComplaintViews.record(c, names.get(c.getCustomerId()), policy, now)).toList();
    }

    /**
     * Customers with {@code minimum} or more complaints in the filter's period, most first (at most
     * {@link #MAX_COMPLAINERS}), with their value tier in the latest segmentation run.
     */
    @Transactional(readOnly = true)
    public List<Complainer> complainers(@NotNull ComplaintReportFilter filter, int minimum) {
        return figures.complainers(utc(filter.receivedFrom()), utc(filter.receivedBefore()),
                        filter.tier() == null ? null : filter.tier().name(), filter.assignee(), minimum, MAX_COMPLAINERS)
                .stream()
                .map(c -> new Complainer(c.customerId(), c.name(),
                        segmentation.latestScoreOf(c.customerId()).map(CustomerScore::tier).orElse(null),
                        c.complaints(), c.valid(), c.breached(), c.last().toInstant(ZoneOffset.UTC), c.satisfaction()))
                .toList();
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
