package com.idic.crm.interaction;

import java.time.LocalDateTime;

/** One recorded contact as lists show it. */
public record InteractionRow(long id, long version, long customerId, InteractionChannel channel, Direction direction,
                             ContentType contentType, String summary, String handledBy, LocalDateTime occurredAt) {
}
