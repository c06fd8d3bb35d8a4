package com.idic.crm.interaction.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRelationshipRepository extends JpaRepository<CustomerRelationship, Long> {
}
