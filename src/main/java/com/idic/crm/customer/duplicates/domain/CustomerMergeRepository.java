package com.idic.crm.customer.duplicates.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerMergeRepository extends JpaRepository<CustomerMerge, Long> {
}
