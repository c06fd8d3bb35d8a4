package com.idic.crm.order.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An order of a customer: the source of every value analysis. The customer is held by
 * id so the order feature does not reach into the customer feature's entities.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_seq")
    @SequenceGenerator(name = "customer_order_seq", sequenceName = "customer_order_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 64)
    private String externalId;

    @NotBlank
    @Size(max = 64)
    private String orderNumber;

    @NotNull
    private Long customerId;

    @NotNull
    private LocalDate orderDate;

    @NotNull
    @PositiveOrZero
    @Digits(integer = 12, fraction = 2)
    private BigDecimal amount;

    @NotNull
    @PositiveOrZero
    @Digits(integer = 12, fraction = 2)
    private BigDecimal cost;

    @Size(max = 100)
    private String category;

    @Size(max = 50)
    private String channel;

    @PositiveOrZero
    @Digits(integer = 12, fraction = 2)
    private BigDecimal paidAmount;

    private LocalDate paidDate;

    protected CustomerOrder() {
    }

    public CustomerOrder(String orderNumber, Long customerId, LocalDate orderDate, BigDecimal amount, BigDecimal cost) {
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.orderDate = orderDate;
        this.amount = amount;
        this.cost = cost;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getOrderNumber() { return orderNumber; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public LocalDate getOrderDate() { return orderDate; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getCost() { return cost; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public void setPaidAmount(BigDecimal paidAmount) { this.paidAmount = paidAmount; }
    public LocalDate getPaidDate() { return paidDate; }
    public void setPaidDate(LocalDate paidDate) { this.paidDate = paidDate; }
}
