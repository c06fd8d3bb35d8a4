package com.idic.crm.interaction.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RelationshipChangeRepository extends JpaRepository<RelationshipChangeEntry, Long> {

    List<RelationshipChangeEntry> findByCustomerIdOrderByIdDesc(long customerId, Limit limit);
}
