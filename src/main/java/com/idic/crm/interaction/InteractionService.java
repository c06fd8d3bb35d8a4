package com.idic.crm.interaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.idic.crm.interaction.domain.CustomerRelationship;
import com.idic.crm.interaction.domain.CustomerRelationshipRepository;
import com.idic.crm.interaction.domain.Interaction;
import com.idic.crm.interaction.domain.InteractionRepository;
import com.idic.crm.interaction.domain.RelationshipChangeEntry;
import com.idic.crm.interaction.domain.RelationshipChangeRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The contact history and the relationship level of a customer. Service desk, marketers and managers
 * record contacts and set the level (they are the ones talking to customers); administrators read.
 */
@Service
@Validated
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
public class InteractionService {

    public static final Set<String> SORTABLE = Set.of("occurredAt");
    static final int HISTORY_SHOWN = 50;

    private final InteractionRepository interactions;
    private final CustomerRelationshipRepository relationships;
    private final RelationshipChangeRepository relationshipChanges;
    private final Clock clock;

    InteractionService(InteractionRepository interactions, CustomerRelationshipRepository relationships,
                       RelationshipChangeRepository relationshipChanges, Clock clock) {
        this.interactions = interactions;
        this.relationships = relationships;
        this.relationshipChanges = relationshipChanges;
        this.clock = clock;
    }

    /** Records a contact handled by the signed-in user; an unknown or merged customer is refused. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public InteractionRow record(@NotNull @Valid NewInteraction contact) {
        requireActiveCustomer(contact.customerId());
        Interaction saved = interactions.saveAndFlush(
                new Interaction(contact, CurrentUser.usernameOrSystem(), LocalDateTime.now(clock)));
        return row(saved);
    }

    /**
     * Corrects a contact, provided it is still the version the user saw; otherwise someone changed or deleted it
     * meanwhile and {@link ObjectOptimisticLockingFailureException} is thrown, nothing changed. Only the user who
     * handled the contact or a manager may correct it.
     */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public InteractionRow correct(@NotNull @Valid ContactCorrection correction) {
        Interaction contact = current(correction.id(), correction.version());
        requireAuthorOrManager(contact);
        contact.correct(correction);
        return row(interactions.saveAndFlush(contact));
    }

    /** Deletes a contact recorded by mistake, as {@link #correct} would change it: same version check, same people. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public void delete(long id, long seenVersion) {
        Interaction contact = current(id, seenVersion);
        requireAuthorOrManager(contact);
        interactions.delete(contact);
        interactions.flush();
    }

    /** Whether the signed-in user may correct or delete the contact (the author or a manager). */
    public boolean mayChange(InteractionRow contact) {
        return CurrentUser.hasRole(AppRoles.MANAGER) || (CurrentUser.username().filter(contact.handledBy()::equals).isPresent()
                && (CurrentUser.hasRole(AppRoles.SERVICE_DESK) || CurrentUser.hasRole(AppRoles.MARKETER)));
    }

    /** The contact as stored now; empty when it was deleted meanwhile. */
    @Transactional(readOnly = true)
    public Optional<InteractionRow> find(long id) {
        return interactions.findById(id).map(InteractionService::row);
    }

    /** One page of the customer's contacts, newest first unless sorted by date ascending; no count query. */
    @Transactional(readOnly = true)
    public List<InteractionRow> page(long customerId, @NotNull Pageable pageable) {
        PageRequest request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), stableSort(pageable.getSort()));
        return interactions.findSliceByCustomerId(customerId, request).map(InteractionService::row).getContent();
    }

    @Transactional(readOnly = true)
    public long count(long customerId) {
        return interactions.countByCustomerId(customerId);
    }

    @Transactional(readOnly = true)
    public RelationshipStanding relationship(long customerId) {
        return relationships.findById(customerId).map(InteractionService::standing)
                .orElse(new RelationshipStanding(customerId, RelationshipLevel.BASIC, RelationshipStanding.NEVER_SET, null, null));
    }

    /**
     * Sets the level, provided it is still what the user saw ({@code seen}); otherwise another user changed
     * it meanwhile and {@link ObjectOptimisticLockingFailureException} is thrown, nothing changed.
     */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public RelationshipStanding changeRelationship(@NotNull RelationshipStanding seen, @NotNull RelationshipLevel level) {
        long customerId = seen.customerId();
        requireActiveCustomer(customerId);
        CustomerRelationship relationship = relationships.findById(customerId).orElse(null);
        long stored = relationship == null ? RelationshipStanding.NEVER_SET : relationship.getVersion();
        if (stored != seen.version()) {
            throw new ObjectOptimisticLockingFailureException(CustomerRelationship.class, customerId);
        }
        RelationshipLevel before = relationship == null ? null : relationship.getLevel();
        if (level == before) {
            return seen;
        }
        if (relationship == null) {
            relationship = new CustomerRelationship(customerId);
        }
        String by = CurrentUser.usernameOrSystem();
        LocalDateTime now = LocalDateTime.now(clock);
        relationship.change(level, by, now);
        try {
            relationship = relationships.saveAndFlush(relationship);
        } catch (DataIntegrityViolationException e) {
            // another user set the first level of this customer at the same moment
            throw new ObjectOptimisticLockingFailureException(CustomerRelationship.class, customerId);
        }
        relationshipChanges.save(new RelationshipChangeEntry(customerId, before, level, by, now));
        return standing(relationship);
    }

    /** The latest changes of the level, newest first. */
    @Transactional(readOnly = true)
    public List<RelationshipChange> relationshipHistory(long customerId) {
        return relationshipChanges.findByCustomerIdOrderByIdDesc(customerId, Limit.of(HISTORY_SHOWN)).stream()
                .map(c -> new RelationshipChange(c.getOldLevel(), c.getNewLevel(), c.getChangedBy(), c.getChangedAt()))
                .toList();
    }

    private Interaction current(long id, long seenVersion) {
        Interaction contact = interactions.findById(id)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Interaction.class, id));
        if (contact.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Interaction.class, id);
        }
        return contact;
    }

    private void requireAuthorOrManager(Interaction contact) {
        if (!CurrentUser.hasRole(AppRoles.MANAGER) && !CurrentUser.usernameOrSystem().equals(contact.getHandledBy())) {
            throw new AccessDeniedException("Only " + contact.getHandledBy() + " or a manager may change this contact");
        }
    }

    private void requireActiveCustomer(long customerId) {
        if (interactions.activeCustomerCount(customerId) == 0) {
            throw new UnknownCustomerException(customerId);
        }
    }

    private static Sort stableSort(Sort requested) {
        for (Sort.Order order : requested) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("Interactions cannot be sorted by " + order.getProperty());
            }
        }
        Sort.Direction direction = requested.isSorted() ? requested.iterator().next().getDirection() : Sort.Direction.DESC;
        return Sort.by(direction, "occurredAt").and(Sort.by(direction, "id"));
    }

    static InteractionRow row(Interaction i) {
        return new InteractionRow(i.getId(), i.getVersion(), i.getCustomerId(), i.getChannel(), i.getDirection(),
                i.getContentType(), i.getSummary(), i.getHandledBy(), i.getOccurredAt());
    }

    private static RelationshipStanding standing(CustomerRelationship r) {
        return new RelationshipStanding(r.getCustomerId(), r.getLevel(), r.getVersion(), r.getChangedBy(), r.getChangedAt());
    }

    /** The customer does not exist or was merged into another record. */
    public static class UnknownCustomerException extends IllegalArgumentException {
        public UnknownCustomerException(long customerId) {
            super("No customer " + customerId + " to record a contact for");
        }
    }
}
