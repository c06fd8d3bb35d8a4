package com.idic.crm.segmentation;

import java.time.Instant;

/** A lifecycle stage set by hand; it wins over the computed stage in every run until cleared. */
public record LifecycleOverride(long customerId, LifecycleStage stage, String reason, String setBy, Instant setAt) {
}
