package com.idic.crm.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.idic.crm.security.domain.SecurityEvent;
import com.idic.crm.security.domain.SecurityEventRepository;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security event log (ASVS 5.0 V16): sign-ins, denials, changes to accounts and the big data
 * operations, with who, when and from which address. Any feature records its own events here.
 */
@Service
@Validated
public class SecurityEvents {

    /** Newest first; the id breaks ties so that pages never repeat or skip an event. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityEvents(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an event done by the signed-in user (or "system"). Its own transaction: a denial or a failed
     * import is logged even when the caller's work is rolled back.
     */
    @PermitAll // every signed-in role does things worth logging; the log is written, never read, here
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(@NotNull SecurityEventType type, String subject, String detail) {
        recordAs(CurrentUser.usernameOrSystem(), type, subject, detail);
    }

    /** Records an event whose actor is not (yet) signed in, such as a failed sign-in. */
    @PermitAll // called by the sign-in machinery before anybody is authenticated
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(@NotNull String actor, @NotNull SecurityEventType type, String subject, String detail) {
        events.save(new SecurityEvent(LocalDateTime.now(clock), type, actor, subject, detail, remoteAddress()));
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<SecurityEventRow> page(@NotNull SecurityEventFilter filter, @NotNull Pageable pageable) {
        Pageable newestFirst = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST)
                : Pageable.unpaged(NEWEST_FIRST);
        return events.findAll(matching(filter), newestFirst).map(SecurityEvents::row).toList();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public long count(@NotNull SecurityEventFilter filter) {
        return events.count(matching(filter));
    }

    private static Specification<SecurityEvent> matching(SecurityEventFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                String prefix = filter.actor().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                predicates.add(cb.like(root.get("actor"), prefix + "%", '\\'));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static SecurityEventRow row(SecurityEvent event) {
        return new SecurityEventRow(event.getId(), event.getOccurredAt(), event.getType(), event.getActor(),
                event.getSubject(), event.getDetail(), event.getRemoteAddress());
    }

    /** The client's address; with server.forward-headers-strategy set, the one the proxy reports. */
    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }
}
