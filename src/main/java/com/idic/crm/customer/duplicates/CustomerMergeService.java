package com.idic.crm.customer.duplicates;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.idic.crm.customer.CustomerActivity;
import com.idic.crm.customer.CustomerChangeKind;
import com.idic.crm.customer.CustomerChanged;
import com.idic.crm.customer.CustomerChanged.FieldChange;
import com.idic.crm.customer.CustomerMergeUndone;
import com.idic.crm.customer.CustomersMerged;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerContact;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.customer.duplicates.domain.CustomerMerge;
import com.idic.crm.customer.duplicates.domain.CustomerMergeRepository;
import com.idic.crm.customer.duplicates.domain.FillableField;
import com.idic.crm.customer.duplicates.domain.FilledField;
import com.idic.crm.customer.duplicates.domain.MergePlan;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.security.SecurityEventType;
import com.idic.crm.security.SecurityEvents;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate customer into the record that is kept, and undoes such a merge.
 * The duplicate is not deleted: it points at the kept record, so the merge can be undone
 * exactly from what its {@link CustomerMerge} remembers. Orders move with the
 * {@link CustomersMerged} event, in the same transaction.
 */
@Service
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class CustomerMergeService {

    private final CustomerRepository customers;
    private final CustomerMergeRepository merges;
    private final CustomerActivity activity;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final SecurityEvents securityEvents;

    CustomerMergeService(CustomerRepository customers, CustomerMergeRepository merges, CustomerActivity activity,
                         ApplicationEventPublisher events, EntityManager entityManager, Clock clock,
                         SecurityEvents securityEvents) {
        this.customers = customers;
        this.merges = merges;
        this.activity = activity;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.securityEvents = securityEvents;
    }

    @Transactional(readOnly = true)
    public MergePreview preview(long keepId, long mergeId) {
        Customer kept = mergeable(keepId, mergeId);
        Customer duplicate = mergeable(mergeId, keepId);
        MergePlan plan = MergePlan.of(kept, duplicate);
        return new MergePreview(CustomerSummary.of(kept), CustomerSummary.of(duplicate),
                plan.contactsToMove().stream().map(CustomerContact::getName).toList(),
                activity.orderCount(mergeId),
                plan.fills().stream().map(fill -> new MergePreview.Fill(fill.getField().name(), fill.getFilledValue())).toList());
    }

    /**
     * Merges {@code mergeId} into {@code keepId}, provided neither changed since the preview
     * that showed them at {@code keptVersion} and {@code mergedVersion}.
     *
     * @return the id of the merge, for {@link #undo}
     */
    @Transactional
    public long merge(long keepId, long mergeId, long keptVersion, long mergedVersion) {
        Customer kept = mergeable(keepId, mergeId);
        Customer duplicate = mergeable(mergeId, keepId);
        if (kept.getVersion() != keptVersion || duplicate.getVersion() != mergedVersion) {
            throw new MergeException("duplicates.error.stale");
        }
        MergePlan plan = MergePlan.of(kept, duplicate);
        plan.applyTo(kept);
        duplicate.setMergedIntoId(kept.getId());
        CustomerMerge merge = merges.save(new CustomerMerge(kept.getId(), duplicate.getId(), plan,
                CurrentUser.usernameOrSystem(), LocalDateTime.now(clock)));
        // the kept record changes as a whole even when only contacts move: an editor who opened it before must reload
        entityManager.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
        securityEvents.record(SecurityEventType.CUSTOMERS_MERGED, "customer " + kept.getId(),
                "merged " + duplicate.getId() + " into " + kept.getId() + " (merge " + merge.getId() + ")");
        events.publishEvent(new CustomersMerged(merge.getId(), kept.getId(), duplicate.getId()));
        List<FieldChange> filled = plan.fills().stream()
                .map(fill -> new FieldChange(column(fill.getField()), fill.getPreviousValue(), fill.getFilledValue())).toList();
        events.publishEvent(new CustomerChanged(kept.getId(), CustomerChangeKind.MERGED, filled, duplicate.getId().toString()));
        events.publishEvent(new CustomerChanged(duplicate.getId(), CustomerChangeKind.MERGED_INTO, List.of(),
                kept.getId().toString()));
        return merge.getId();
    }

    /**
     * Puts everything back as it was before merge {@code mergeId}. Refused when it was
     * undone already or the kept record changed since in a way the undo would overwrite.
     */
    @Transactional
    public void undo(long mergeId) {
        CustomerMerge merge = merges.findById(mergeId)
                .orElseThrow(() -> new MergeException("duplicates.error.mergeNotFound", mergeId));
        if (merge.isUndone()) {
            throw new MergeException("duplicates.error.alreadyUndone", merge.getUndoneBy());
        }
        Customer kept = existing(merge.getKeptId());
        Customer duplicate = existing(merge.getMergedId());
        if (kept.isMerged()) {
            throw new MergeException("duplicates.error.keptMergedSince", kept.getName(), kept.getMergedIntoId());
        }
        if (!Objects.equals(duplicate.getMergedIntoId(), kept.getId())) {
            throw new MergeException("duplicates.error.duplicateChanged", duplicate.getName());
        }
        List<String> changedFields = merge.getFilledFields().stream()
                .filter(fill -> !Objects.equals(fill.getField().valueOf(kept), fill.getFilledValue()))
                .map(fill -> fill.getField().name())
                .toList();
        if (!changedFields.isEmpty()) {
            throw new MergeException("duplicates.error.fieldsChanged", changedFields, kept.getName());
        }
        Set<Long> movedIds = merge.getMovedContactIds();
        List<CustomerContact> moved = kept.getContacts().stream().filter(c -> movedIds.contains(c.getId())).toList();
        if (moved.size() != movedIds.size()) {
            throw new MergeException("duplicates.error.contactsGone", movedIds.size() - moved.size(), kept.getName());
        }
        for (FilledField fill : merge.getFilledFields()) {
            fill.getField().set(kept, fill.getPreviousValue());
        }
        moved.forEach(contact -> contact.moveTo(duplicate));
        duplicate.setMergedIntoId(null);
        merge.markUndone(CurrentUser.usernameOrSystem(), LocalDateTime.now(clock));
        entityManager.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
        securityEvents.record(SecurityEventType.MERGE_UNDONE, "customer " + kept.getId(),
                "merge " + merge.getId() + " undone: " + duplicate.getId() + " separate again");
        events.publishEvent(new CustomerMergeUndone(merge.getId(), kept.getId(), duplicate.getId()));
        List<FieldChange> emptied = merge.getFilledFields().stream()
                .map(fill -> new FieldChange(column(fill.getField()), fill.getFilledValue(), fill.getPreviousValue())).toList();
        events.publishEvent(new CustomerChanged(kept.getId(), CustomerChangeKind.MERGE_UNDONE, emptied,
                duplicate.getId().toString()));
        events.publishEvent(new CustomerChanged(duplicate.getId(), CustomerChangeKind.MERGE_UNDONE, List.of(),
                kept.getId().toString()));
    }

    /** The history names fields by their column, as edits and imports do. */
    private static String column(FillableField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private Customer mergeable(long id, long otherId) {
        if (id == otherId) {
            throw new MergeException("duplicates.error.self");
        }
        Customer customer = existing(id);
        if (customer.isMerged()) {
            throw new MergeException("duplicates.error.alreadyMerged", customer.getName(), customer.getMergedIntoId());
        }
        return customer;
    }

    private Customer existing(long id) {
        return customers.findById(id).orElseThrow(() -> new MergeException("duplicates.error.customerNotFound", id));
    }

    /** Writes now so that a concurrent change shows up as a clear refusal, before other features act on the event. */
    private void flush() {
        try {
            customers.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new MergeException("duplicates.error.stale");
        }
    }
}
