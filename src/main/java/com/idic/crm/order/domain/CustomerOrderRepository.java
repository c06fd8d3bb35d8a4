package com.idic.crm.order.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

    Page<CustomerOrder> findByCustomerId(Long customerId, Pageable pageable);

    long countByCustomerId(Long customerId);
}
