package com.idic.crm.customer;

/** Published when someone opens the page of customer {@code customerId} (DOMAIN.md section 1: who viewed it). */
public record CustomerOpened(long customerId) {
}
