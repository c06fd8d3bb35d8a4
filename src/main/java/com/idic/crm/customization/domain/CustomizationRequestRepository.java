package com.idic.crm.customization.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CustomizationRequestRepository
        extends JpaRepository<CustomizationRequest, Long>, JpaSpecificationExecutor<CustomizationRequest> {

    List<CustomizationRequest> findByCustomerIdOrderByCreatedAtDescIdDesc(long customerId, Pageable pageable);

    /** A page of the customer's timeline after the first: newest first, strictly after the given position. */
    @Query("""
            select r from CustomizationRequest r where r.customerId = :customerId
              and (r.createdAt < :at or (r.createdAt = :at and r.id < :id))
            order by r.createdAt desc, r.id desc""")
    List<CustomizationRequest> timelineAfter(long customerId, Instant at, long id, Pageable pageable);

    @Query("select distinct r.owner from CustomizationRequest r order by r.owner")
    List<String> owners();
}
