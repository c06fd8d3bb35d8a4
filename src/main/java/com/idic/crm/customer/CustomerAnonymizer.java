package com.idic.crm.customer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.idic.crm.customer.CustomerChanged.FieldChange;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GDPR-style erasure of a customer's personal data on request ({@link Customer#anonymize}).
 * The records merged into the customer hold the same person's data, so they are anonymized
 * with it. The history keeps that it happened, by whom and when, but no longer the values.
 */
@Service
public class CustomerAnonymizer {

    private final CustomerRepository customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerAnonymizer(CustomerRepository customers, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Anonymizes customer {@code id} as the user saw it at {@code version}; a record changed since
     * is refused with {@link ObjectOptimisticLockingFailureException}.
     *
     * @return the anonymized record with its new version
     */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public Customer anonymize(long id, long version) {
        Customer customer = customers.findWithContactsById(id)
                .orElseThrow(() -> new IllegalArgumentException("No customer " + id));
        if (customer.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Customer.class, id);
        }
        if (customer.isMerged()) {
            throw new IllegalStateException("Customer " + id + " was merged into " + customer.getMergedIntoId());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Deque<Customer> pending = new ArrayDeque<>(List.of(customer));
        while (!pending.isEmpty()) {
            Customer next = pending.pop();
            anonymize(next, now);
            pending.addAll(customers.findByMergedIntoId(next.getId()));
        }
        customers.flush();
        return customer;
    }

    private void anonymize(Customer customer, LocalDateTime now) {
        CustomerSnapshot before = CustomerSnapshot.of(customer);
        customer.anonymize(now);
        CustomerSnapshot after = CustomerSnapshot.of(customer);
        // which fields were replaced, never their values: the history must not keep what was erased
        List<FieldChange> replaced = new ArrayList<>();
        before.fieldChangesTo(after).forEach(change -> replaced.add(new FieldChange(change.field(), null, null)));
        customer.getContacts().forEach(contact -> replaced.add(new FieldChange("contact", null, null)));
        events.publishEvent(CustomerChanged.of(customer.getId(), CustomerChangeKind.ANONYMIZED, replaced));
    }
}
