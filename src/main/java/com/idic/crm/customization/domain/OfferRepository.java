package com.idic.crm.customization.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.idic.crm.customization.OfferState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfferRepository extends JpaRepository<Offer, Long> {

    @EntityGraph(attributePaths = "lines")
    @Query("select o from Offer o where o.id = :id")
    java.util.Optional<Offer> findWithLines(long id);

    List<Offer> findByRequestIdOrderByIdDesc(long requestId);

    List<Offer> findByCustomerIdOrderByCreatedAtDescIdDesc(long customerId, Pageable pageable);

    @Query("""
            select o from Offer o where o.customerId = :customerId
              and (o.createdAt < :at or (o.createdAt = :at and o.id < :id))
            order by o.createdAt desc, o.id desc""")
    List<Offer> timelineAfter(long customerId, Instant at, long id, Pageable pageable);

    List<Offer> findByStateOrderByChangedAtAscIdAsc(OfferState state, Pageable pageable);

    /** The next offers of a state after a position in {@link #findByStateOrderByChangedAtAscIdAsc}'s order. */
    @Query("""
            select o from Offer o where o.state = :state
              and (o.changedAt > :at or (o.changedAt = :at and o.id > :id))
            order by o.changedAt, o.id""")
    List<Offer> queueAfter(OfferState state, Instant at, long id, Pageable pageable);

    @Query("select o.id from Offer o where o.state in :states and o.validUntil < :today")
    List<Long> overdue(Collection<OfferState> states, LocalDate today);
}
