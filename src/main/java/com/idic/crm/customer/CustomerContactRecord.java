package com.idic.crm.customer;

/** A key contact person of an organization, for bulk writes. */
public record CustomerContactRecord(long customerId, String name, String role, String phone, String email) {
}
