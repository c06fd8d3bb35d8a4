package com.idic.crm.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

import static com.idic.crm.customer.domain.CustomerSpecifications.*;

/**
 * Finding, reading and keeping customer records up to date. Edits carry the record's
 * version: saving a record someone else saved in the meantime fails with
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException} instead of
 * overwriting their change.
 */
@Service
@Validated
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
public class CustomerService {

    private static final Duration REGION_CACHE_TIME = Duration.ofMinutes(5);

    private record RegionCache(List<String> regions, Instant readAt) {
    }

    private final CustomerRepository customers;
    private final VerificationSettings verification;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile RegionCache regionCache;

    CustomerService(CustomerRepository customers, VerificationSettings verification, ApplicationEventPublisher events,
                    Clock clock) {
        this.customers = customers;
        this.verification = verification;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One page of the list, without counting the matches: the list scrolls on until a
     * page comes back short. The order is the requested one unless a search decides it
     * (see {@link CustomerListOrder}); either way one index range scan answers it.
     */
    @Transactional(readOnly = true)
    public List<CustomerRow> page(@NotNull CustomerFilter filter, @NotNull Pageable pageable) {
        VerificationRule rule = verification.currentRule();
        PageRequest request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                CustomerListOrder.of(filter, pageable.getSort()));
        return customers.findBy(specification(filter, rule), query -> query.slice(request))
                .map(customer -> toRow(customer, rule))
                .getContent();
    }

    /**
     * Up to {@code limit} rows of the list in the order {@link #page} gives them, after {@code last}
     * (null = from the first): an export of the whole list reads it chunk by chunk, each chunk one index
     * range that starts where the previous one ended, so the millionth row costs what the first did.
     */
    @Transactional(readOnly = true)
    public List<CustomerRow> chunkAfter(@NotNull CustomerFilter filter, @NotNull Sort sort, CustomerRow last, int limit) {
        VerificationRule rule = verification.currentRule();
        Sort order = CustomerListOrder.of(filter, sort);
        Specification<Customer> rows = specification(filter, rule);
        if (last != null) {
            rows = rows.and(after(order, sortValues(last)));
        }
        return customers.findBy(rows, query -> query.sortBy(order).limit(limit).all()).stream()
                .map(customer -> toRow(customer, rule)).toList();
    }

    /** The values of a row the list's orders sort by, keys as the list computes them. */
    private static java.util.Map<String, Object> sortValues(CustomerRow row) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("id", row.id());
        values.put("name", row.name());
        values.put("region", row.region());
        values.put("lastVerifiedOn", row.lastVerifiedOn());
        values.put("nameKey", CustomerKeys.name(row.name()));
        values.put("phoneKey", CustomerKeys.phone(row.phone()));
        values.put("emailKey", CustomerKeys.email(row.email()));
        return values;
    }

    /**
     * Regions in use, for the region filter. Read at most every few minutes: every clerk
     * opening the list would otherwise scan the region index of the whole table.
     */
    @Transactional(readOnly = true)
    public List<String> regions() {
        RegionCache cached = regionCache;
        Instant now = clock.instant();
        if (cached == null || cached.readAt().plus(REGION_CACHE_TIME).isBefore(now)) {
            cached = new RegionCache(List.copyOf(customers.findDistinctRegions()), now);
            regionCache = cached;
        }
        return cached.regions();
    }

    /** The record with its contacts, detached, ready to be edited and passed back to {@link #save}. */
    @Transactional(readOnly = true)
    public Optional<Customer> find(long id) {
        return customers.findWithContactsById(id);
    }

    /** The customer's list line, for features that show whom their records belong to; empty once merged away. */
    @Transactional(readOnly = true)
    public Optional<CustomerRow> row(long id) {
        return customers.findById(id).filter(customer -> !customer.isMerged())
                .map(customer -> toRow(customer, verification.currentRule()));
    }

    /**
     * The record for its page: like {@link #find}, and the opening is logged (who viewed the
     * record, DOMAIN.md section 1).
     */
    @Transactional
    public Optional<Customer> open(long id) {
        Optional<Customer> found = customers.findWithContactsById(id);
        found.filter(customer -> !customer.isMerged()).ifPresent(customer -> events.publishEvent(new CustomerOpened(id)));
        return found;
    }

    @Transactional
    public long create(@NotNull @Valid NewCustomer newCustomer) {
        Customer customer = customers.save(new Customer(newCustomer.type(), newCustomer.name().trim(), LocalDate.now(clock)));
        events.publishEvent(CustomerChanged.of(customer.getId(), CustomerChangeKind.CREATED,
                List.of(new CustomerChanged.FieldChange("name", null, customer.getName()))));
        return customer.getId();
    }

    /**
     * Saves an edited record (profile and contacts) and returns it with its new version. Every
     * changed field and contact goes into the customer's history.
     */
    @Transactional
    public Customer save(@NotNull @Valid Customer customer) {
        if (customer.getId() == null) {
            throw new IllegalArgumentException("A new customer is started with create()");
        }
        CustomerSnapshot before = customers.findWithContactsById(customer.getId()).map(CustomerSnapshot::of)
                .orElseThrow(() -> new IllegalArgumentException("No customer " + customer.getId()));
        Customer saved = customers.saveAndFlush(customer);
        CustomerSnapshot after = CustomerSnapshot.of(saved);
        List<CustomerChanged.FieldChange> fields = before.fieldChangesTo(after);
        if (!fields.isEmpty()) {
            events.publishEvent(CustomerChanged.of(saved.getId(), CustomerChangeKind.EDITED, fields));
        }
        before.contactChangesTo(after, saved.getId()).forEach(events::publishEvent);
        RegionCache cached = regionCache;
        if (saved.getRegion() != null && cached != null && !cached.regions().contains(saved.getRegion())) {
            regionCache = null;
        }
        return saved;
    }

    /** The one-click "verified with the customer today"; returns the record with its new version. */
    @Transactional
    public Customer markVerified(long id) {
        Customer customer = customers.findWithContactsById(id)
                .orElseThrow(() -> new IllegalArgumentException("No customer " + id));
        if (customer.isMerged()) {
            throw new IllegalStateException("Customer " + id + " was merged into " + customer.getMergedIntoId());
        }
        LocalDate previous = customer.getLastVerifiedOn();
        customer.setLastVerifiedOn(LocalDate.now(clock));
        customers.flush();
        events.publishEvent(CustomerChanged.of(id, CustomerChangeKind.VERIFIED, List.of(new CustomerChanged.FieldChange(
                "last_verified_on", previous == null ? null : previous.toString(), customer.getLastVerifiedOn().toString()))));
        return customer;
    }

    private static Specification<Customer> specification(CustomerFilter filter, VerificationRule rule) {
        List<Specification<Customer>> parts = new ArrayList<>();
        parts.add(notMerged());
        String nameKey = CustomerKeys.name(filter.name());
        if (!nameKey.isEmpty()) {
            parts.add(nameKeyStartsWith(nameKey));
        }
        if (StringUtils.hasText(filter.phone())) {
            String key = phonePrefixKey(filter.phone());
            parts.add(key == null ? nothing() : phoneKeyStartsWith(key));
        }
        if (StringUtils.hasText(filter.email())) {
            parts.add(emailKeyStartsWith(CustomerKeys.email(filter.email())));
        }
        if (filter.type() != null) {
            parts.add(hasType(filter.type()));
        }
        if (StringUtils.hasText(filter.region())) {
            parts.add(inRegion(filter.region().trim()));
        }
        if (filter.relationshipType() != null) {
            parts.add(hasRelationship(filter.relationshipType()));
        }
        if (filter.stage() != null) {
            parts.add(inStage(filter.stage()));
        }
        if (filter.needsVerification()) {
            parts.add(verifiedBeforeOrNever(rule.staleBefore()));
        }
        return Specification.allOf(parts);
    }

    /**
     * A typed beginning of a phone number as a key prefix. CustomerKeys only drops the
     * country code from a complete number, so a partly typed "+86 139" is handled here.
     */
    static String phonePrefixKey(String typed) {
        String trimmed = typed.trim();
        if (trimmed.startsWith("+86")) {
            trimmed = trimmed.substring(3);
        } else if (trimmed.startsWith("0086")) {
            trimmed = trimmed.substring(4);
        }
        return CustomerKeys.phone(trimmed);
    }

    private static CustomerRow toRow(Customer customer, VerificationRule rule) {
        return new CustomerRow(customer.getId(), customer.getName(), customer.getType(), customer.getRegion(),
                customer.getRelationshipType(), customer.getStage(), customer.getPhone(), customer.getEmail(),
                customer.getLastVerifiedOn(), rule.needsVerification(customer.getLastVerifiedOn()));
    }
}
