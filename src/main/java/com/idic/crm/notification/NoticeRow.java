package com.idic.crm.notification;

import java.time.LocalDateTime;
import java.util.List;

/** A notice of the signed-in user as the bell lists it. */
public record NoticeRow(long id, String messageKey, List<String> args, String route, LocalDateTime createdAt, boolean read) {
}
