package com.idic.crm.customer.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    Optional<Customer> findByExternalId(String externalId);

    /** The customer with its contacts loaded, for editing outside a transaction. */
    @EntityGraph(attributePaths = "contacts")
    Optional<Customer> findWithContactsById(Long id);

    /** The records merged into customer {@code id} as its duplicates. */
    @EntityGraph(attributePaths = "contacts")
    List<Customer> findByMergedIntoId(Long id);

    /** Regions of listed (unmerged) customers; read from the list's region index alone. */
    @Query("select distinct c.region from Customer c where c.mergedIntoId is null and c.region is not null order by c.region")
    List<String> findDistinctRegions();
}
