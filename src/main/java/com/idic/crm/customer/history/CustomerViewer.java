package com.idic.crm.customer.history;

import java.time.LocalDateTime;

/** Someone who opened the customer's page: when last, and how often. */
public record CustomerViewer(String username, LocalDateTime lastViewedAt, long views) {
}
