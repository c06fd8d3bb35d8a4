package com.idic.crm.customer.duplicates;

import java.time.LocalDate;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;

/** What a person needs to see to tell two customer records apart. The version guards a later merge. */
public record CustomerSummary(long id, long version, String name, CustomerType type, String region, String phone,
                              String email, LocalDate createdOn, long contactCount) {

    static CustomerSummary of(Customer customer) {
        return new CustomerSummary(customer.getId(), customer.getVersion(), customer.getName(), customer.getType(),
                customer.getRegion(), customer.getPhone(), customer.getEmail(), customer.getCreatedOn(),
                customer.getContacts().size());
    }

    /** The record to keep by default: the older one, which other systems have known longer. */
    public boolean isOlderThan(CustomerSummary other) {
        int byDate = createdOn.compareTo(other.createdOn);
        return byDate != 0 ? byDate < 0 : id < other.id;
    }
}
