package com.idic.crm.complaint.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.idic.crm.base.db.KeysetAfter;
import com.idic.crm.complaint.ComplaintFilter;
import com.idic.crm.complaint.ComplaintReportFilter;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.SlaState;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The complaint list's filter as SQL, so the database pages and sorts the matches. */
public final class ComplaintSpecifications {

    private ComplaintSpecifications() {
    }

    public static Specification<Complaint> of(ComplaintFilter filter, Instant now) {
        return (root, query, cb) -> {
            List<Predicate> parts = new ArrayList<>();
            if (filter.status() != null) {
                parts.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.priority() != null) {
                parts.add(cb.equal(root.get("priority"), filter.priority()));
            }
            if (filter.unassigned()) {
                parts.add(cb.isNull(root.get("assignee")));
            } else if (filter.assignee() != null && !filter.assignee().isBlank()) {
                parts.add(cb.equal(root.get("assignee"), filter.assignee()));
            }
            if (filter.categoryId() != null) {
                parts.add(cb.equal(root.get("categoryId"), filter.categoryId()));
            }
            if (filter.customerId() != null) {
                parts.add(cb.equal(root.get("customerId"), filter.customerId()));
            }
            if (filter.openOnly()) {
                parts.add(cb.not(root.get("status").in(ComplaintStatus.FINISHED)));
            }
            if (filter.escalatedOnly()) {
                parts.add(cb.isTrue(root.get("escalated")));
            }
            if (filter.slaState() != null) {
                parts.add(sla(filter.slaState(), root, cb, now));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }

    /** A workbook's complaints: received in the period, of the tier and the assignee when given. */
    public static Specification<Complaint> of(ComplaintReportFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> parts = new ArrayList<>();
            if (filter.receivedFrom() != null) {
                parts.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), filter.receivedFrom()));
            }
            if (filter.receivedBefore() != null) {
                parts.add(cb.lessThan(root.get("receivedAt"), filter.receivedBefore()));
            }
            if (filter.tier() != null) {
                parts.add(cb.equal(root.get("valueTier"), filter.tier()));
            }
            if (filter.assignee() != null && !filter.assignee().isBlank()) {
                parts.add(cb.equal(root.get("assignee"), filter.assignee()));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }

    /**
     * The rows after the one whose sort values are {@code last} (property name to value, every property of
     * {@code sort}), in that order: keyset paging. NULL sorts first ascending and last descending, as MariaDB
     * orders it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Specification<Complaint> after(Sort sort, Map<String, Object> last) {
        List<Sort.Order> orders = sort.toList();
        return (root, query, cb) -> {
            Sort.Order first = orders.get(0);
            Object value = last.get(first.getProperty());
            Predicate after = KeysetAfter.of(orders, last, root, cb);
            if (value == null) {
                return after;
            }
            // a range on the first column the index can seek to, before the exact condition
            Path<Comparable> path = root.get(first.getProperty());
            return cb.and(first.isAscending() ? cb.greaterThanOrEqualTo(path, (Comparable) value)
                    : cb.or(cb.lessThanOrEqualTo(path, (Comparable) value), cb.isNull(path)), after);
        };
    }

    /** Breached = marked breached, or overdue with the clock running (the job may not have looked yet). */
    private static Predicate sla(SlaState state, Root<Complaint> root, CriteriaBuilder cb, Instant now) {
        Predicate running = cb.and(cb.not(root.get("status").in(ComplaintStatus.FINISHED)),
                cb.notEqual(root.get("status"), ComplaintStatus.WAITING_ON_CUSTOMER));
        Predicate breached = cb.or(
                cb.equal(root.get("firstResponseSla"), SlaState.BREACHED),
                cb.equal(root.get("resolutionSla"), SlaState.BREACHED),
                cb.and(running, cb.lessThan(root.get("resolutionDue"), now)),
                cb.and(running, cb.isNull(root.get("firstResponseAt")), cb.lessThan(root.get("firstResponseDue"), now)));
        Predicate open = cb.not(root.get("status").in(ComplaintStatus.FINISHED));
        return switch (state) {
            case BREACHED -> breached;
            case ONGOING -> cb.and(open, cb.not(breached));
            case MET -> cb.and(cb.not(open), cb.not(breached));
        };
    }
}
