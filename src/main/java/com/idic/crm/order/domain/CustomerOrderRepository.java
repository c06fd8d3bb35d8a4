package com.idic.crm.order.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

    Page<CustomerOrder> findByCustomerId(Long customerId, Pageable pageable);

    boolean existsByExternalId(String externalId);

    /** Orders dated in (from, to]; the (customer, date) index answers it. */
    @org.springframework.data.jpa.repository.Query(
            "select count(o) from CustomerOrder o where o.customerId = :customerId and o.orderDate > :from and o.orderDate <= :to")
    long countBetween(Long customerId, java.time.LocalDate from, java.time.LocalDate to);

    @org.springframework.data.jpa.repository.Query(
            "select distinct o.category from CustomerOrder o where o.customerId = :customerId and o.category is not null")
    java.util.List<String> categoriesOf(Long customerId);

    /** Each category each of the given customers bought, once: [customerId, category]. */
    @org.springframework.data.jpa.repository.Query("""
            select distinct o.customerId, o.category from CustomerOrder o
            where o.customerId in :customerIds and o.category is not null""")
    java.util.List<Object[]> categoriesOfEach(java.util.Collection<Long> customerIds);

    /** Like {@link #findByCustomerId} without the count query. */
    Slice<CustomerOrder> findSliceByCustomerId(Long customerId, Pageable pageable);

    long countByCustomerId(Long customerId);

    /** The customer's newest orders, ties on the date broken by id: the timeline's first page. */
    @Query("select o from CustomerOrder o where o.customerId = :customerId order by o.orderDate desc, o.id desc")
    List<CustomerOrder> newestFirst(long customerId, Limit limit);

    /** The keyset page after (orderDate, id) newest first: one range read of ix_order_customer_date however deep. */
    @Query("""
            select o from CustomerOrder o where o.customerId = :customerId
              and (o.orderDate < :date or (o.orderDate = :date and o.id < :id))
            order by o.orderDate desc, o.id desc""")
    List<CustomerOrder> newestFirstAfter(long customerId, LocalDate date, long id, Limit limit);

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
