package com.idic.crm.customer.duplicates;

import java.util.Set;

/** Two unmerged customer records that look like one customer; {@code first} has the lower id. */
public record DuplicatePair(CustomerSummary first, CustomerSummary second, Set<DuplicateReason> reasons) {
}
