package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.idic.crm.complaint.domain.Complaint;
import com.idic.crm.complaint.domain.ComplaintCategoryRepository;
import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintLookups;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.ComplaintSpecifications;
import com.idic.crm.complaint.domain.SlaPolicy;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reading complaints: the lists (paged, filtered and sorted in the database), one complaint, its history. */
@Service
@Validated
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
public class ComplaintQueries {

    /** Sort properties the list offers; each is the leading column of an index. */
    public static final Set<String> SORTABLE = Set.of("receivedAt", "priorityRank", "resolutionDue");

    private final ComplaintRepository complaints;
    private final ComplaintHistoryRepository history;
    private final ComplaintCategoryRepository categories;
    private final SlaPolicyRepository policies;
    private final ComplaintLookups lookups;
    private final Clock clock;

    ComplaintQueries(ComplaintRepository complaints, ComplaintHistoryRepository history,
                     ComplaintCategoryRepository categories, SlaPolicyRepository policies, ComplaintLookups lookups,
                     Clock clock) {
        this.complaints = complaints;
        this.history = history;
        this.categories = categories;
        this.policies = policies;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** One page of the list without a count query; newest first unless sorted otherwise, id breaks ties. */
    @Transactional(readOnly = true)
    public List<ComplaintRow> page(@NotNull ComplaintFilter filter, @NotNull Pageable pageable) {
        PageRequest request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), stableSort(pageable.getSort()));
        Instant now = clock.instant();
        List<Complaint> found = complaints.findBy(ComplaintSpecifications.of(filter, now),
                query -> query.slice(request)).getContent();
        Map<Long, String> names = lookups.customerNames(found.stream().map(Complaint::getCustomerId).distinct().toList());
        return found.stream().map(c -> ComplaintViews.row(c, names.get(c.getCustomerId()), now)).toList();
    }

    /**
     * Up to {@code limit} rows of the list in the order {@link #page} gives them, after {@code last} (null = from
     * the first): an export reads the whole list chunk by chunk, each chunk one index range starting where the
     * previous one ended.
     */
    @Transactional(readOnly = true)
    public List<ComplaintRow> chunkAfter(@NotNull ComplaintFilter filter, @NotNull Sort sort, ComplaintRow last, int limit) {
        Sort order = stableSort(sort);
        Instant now = clock.instant();
        Specification<Complaint> rows = ComplaintSpecifications.of(filter, now);
        if (last != null) {
            Map<String, Object> values = new HashMap<>();
            values.put("receivedAt", last.receivedAt());
            values.put("priorityRank", last.priority().rank());
            values.put("resolutionDue", last.resolutionDue());
            values.put("id", last.id());
            rows = rows.and(ComplaintSpecifications.after(order, values));
        }
        List<Complaint> found = complaints.findBy(rows, query -> query.sortBy(order).limit(limit).all());
        Map<Long, String> names = lookups.customerNames(found.stream().map(Complaint::getCustomerId).distinct().toList());
        return found.stream().map(c -> ComplaintViews.row(c, names.get(c.getCustomerId()), now)).toList();
    }

    @Transactional(readOnly = true)
    public long count(@NotNull ComplaintFilter filter) {
        return complaints.count(ComplaintSpecifications.of(filter, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintDetails> find(long id) {
        Instant now = clock.instant();
        SlaPolicy policy = policies.findById(SlaPolicy.ID).orElseThrow();
        return complaints.findById(id).map(c -> ComplaintViews.details(c,
                lookups.customerNames(List.of(c.getCustomerId())).getOrDefault(c.getCustomerId(), "#" + c.getCustomerId()),
                policy, now));
    }

    /** The complaint's history, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryLine> history(long id) {
        return history.findByComplaintIdOrderByAtDescIdDesc(id).stream().map(ComplaintViews::line).toList();
    }

    @Transactional(readOnly = true)
    public List<ComplaintCategoryRow> categories() {
        return categories.findAllByOrderByPositionAscIdAsc().stream()
                .map(c -> new ComplaintCategoryRow(c.getId(), c.getVersion(), c.getLabelEn(), c.getLabelZh(), c.isActive()))
                .toList();
    }

    /** Colleagues a complaint can be assigned to. */
    @Transactional(readOnly = true)
    public List<String> agents() {
        return lookups.agents();
    }

    /** A customer's complaint counts, satisfaction and "at risk" mark (customer page, segmentation, reports). */
    @Transactional(readOnly = true)
    public CustomerComplaintFigures figuresOf(long customerId) {
        return lookups.figuresOf(customerId, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(12));
    }

    /** The signed-in user's follow-ups and call-backs due today or earlier (the service-desk home). */
    @Transactional(readOnly = true)
    public List<FollowUpItem> myFollowUps() {
        return lookups.followUps(com.idic.crm.security.CurrentUser.usernameOrSystem(),
                java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.systemDefault()));
    }

    private static Sort stableSort(Sort requested) {
        for (Sort.Order order : requested) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("Complaints cannot be sorted by " + order.getProperty());
            }
        }
        Sort sort = requested.isSorted() ? requested : Sort.by(Sort.Direction.DESC, "receivedAt");
        return sort.and(Sort.by(Sort.Direction.DESC, "id"));
    }
}
