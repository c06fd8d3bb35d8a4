package com.idic.crm.order.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

    Page<CustomerOrder> findByCustomerId(Long customerId, Pageable pageable);

    /** Like {@link #findByCustomerId} without the count query. */
    Slice<CustomerOrder> findSliceByCustomerId(Long customerId, Pageable pageable);

    long countByCustomerId(Long customerId);

    @Query("""
            select count(o) as count, sum(o.amount) as revenue, sum(o.amount - o.cost) as profit,
                   max(o.orderDate) as lastOrderDate
            from CustomerOrder o where o.customerId = :customerId""")
    Totals totalsOf(Long customerId);

    interface Totals {
        long getCount();
        BigDecimal getRevenue();
        BigDecimal getProfit();
        LocalDate getLastOrderDate();
    }
}
