package com.idic.crm.interaction.domain;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InteractionRepository extends JpaRepository<Interaction, Long> {

    /** A page in the order the pageable asks for, without a count query. */
    Slice<Interaction> findSliceByCustomerId(long customerId, Pageable pageable);

    /** The keyset page after (occurredAt, id) in newest-first order: one index range read however deep. */
    @Query("""
            select i from Interaction i where i.customerId = :customerId
              and (i.occurredAt < :at or (i.occurredAt = :at and i.id < :id))
            order by i.occurredAt desc, i.id desc""")
    List<Interaction> newestFirstAfter(long customerId, LocalDateTime at, long id, Limit limit);

    @Query("select i from Interaction i where i.customerId = :customerId order by i.occurredAt desc, i.id desc")
    List<Interaction> newestFirst(long customerId, Limit limit);

    long countByCustomerId(long customerId);

    /** Whether a customer record exists that has not been merged into another (the only ones contacts go to). */
    @Query(value = "SELECT EXISTS (SELECT 1 FROM customer WHERE id = :customerId AND merged_into_id IS NULL)",
            nativeQuery = true)
    long activeCustomerCount(long customerId);
}
