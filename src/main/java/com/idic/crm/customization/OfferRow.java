package com.idic.crm.customization;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An offer in a list: the request page, the customer tab. */
public record OfferRow(long id, long version, long requestId, long customerId, String customerName, int versionNo,
                       OfferState state, LocalDate validUntil, BigDecimal netTotal, BigDecimal marginPercent,
                       String author, Instant createdAt) {
}
